/**
 * Implementation of the test kit's assertions: the wording of every failure message, in one place, and the helpers
 * that describe subjects, segments and evaluation times in them. Not an API: use
 * {@link io.segmentation.testkit.SegmentationAssertions}.
 */
package io.segmentation.testkit.internal.assertions;
