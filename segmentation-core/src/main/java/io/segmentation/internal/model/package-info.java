/**
 * Implementation of the model: the reference interpreter of criteria ({@link io.segmentation.internal.model.Evaluator},
 * the meaning every other evaluator must agree with), the budget and cache that guard regular expressions, the
 * checks on segment references, criterion helpers for registries, and the allocation-free access to a customer's
 * fields ({@link io.segmentation.internal.model.CustomerFields}, installed by {@code Customer}).
 *
 * <p>Layer: model and vocabulary, with {@code io.segmentation}, {@code attribute} and {@code customer}, which it serves
 * and which use it. Not exported.
 */
package io.segmentation.internal.model;
