/**
 * Predictive segmentation: how many purchases a customer will make, whether they are still a customer at all, what
 * they will be worth (BG/NBD, Pareto/NBD and Gamma-Gamma models), RFM scores with the standard named RFM segments,
 * and segments discovered by k-means clustering.
 *
 * @since 0.1.0
 */
package io.segmentation.predict;
