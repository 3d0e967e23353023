/**
 * Implementation of the test kit's generators; not an API. The QuickTheories generators behind
 * {@link io.segmentation.testkit.Generators} draw all their randomness from QuickTheories' source, from value pools
 * shared by customers and criteria ({@code Pools}); the synthetic populations behind
 * {@link io.segmentation.testkit.Populations} draw from one {@code SplittableRandom} per customer
 * ({@code PopulationRandom}), so that customer {@code i} depends only on the seed and {@code i}.
 */
package io.segmentation.testkit.internal.generators;
