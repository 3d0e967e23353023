/**
 * Segments as test fixtures: customers inside, outside and on the boundaries of a segment, realistic synthetic
 * populations, AssertJ assertions whose failures explain themselves, and QuickTheories generators.
 *
 * @since 0.1.0
 */
package io.segmentation.testkit;
