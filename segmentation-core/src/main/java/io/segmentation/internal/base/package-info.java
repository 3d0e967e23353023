/**
 * Helpers that know nothing about segments: instant arithmetic that saturates instead of overflowing, the executor
 * and chunking of batch work, progress reporting in phases, and "did you mean" suggestions for misspelt names.
 *
 * <p>The bottom layer of core: it imports no other package of this library. Not exported, except to
 * {@code io.segmentation.jackson}, which shares the suggestions (see {@code module-info.java}).
 */
package io.segmentation.internal.base;
