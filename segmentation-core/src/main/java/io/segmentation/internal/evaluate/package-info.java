/**
 * The compiled matcher: {@code Compiler} turns a criterion into a
 * {@link io.segmentation.internal.evaluate.Program} of flat nodes that reads each attribute once per subject and
 * evaluation, with interval checks for number and instant conditions. It gives the same answers as the interpreter
 * in {@code io.segmentation.internal.model}; the equivalence laws check that.
 *
 * <p>Layer: evaluation, the implementation of {@code io.segmentation.engine}'s matcher and engine. Not exported.
 */
package io.segmentation.internal.evaluate;
