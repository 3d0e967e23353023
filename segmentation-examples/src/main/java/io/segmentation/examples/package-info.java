/**
 * Runnable examples on bundled sample data.
 *
 * <p>{@link io.segmentation.examples.Tour} defines one segment of each kind ({@link
 * io.segmentation.examples.ExampleSegments}), prints each segment's definition and size on 400 synthetic customers,
 * and explains why one customer is in a combined segment and another is not:
 *
 * <pre>
 * ./mvnw -q -pl segmentation-examples -am compile exec:java
 * </pre>
 *
 * <p>The customers come from {@link io.segmentation.examples.data.SampleData#load()}.
 */
package io.segmentation.examples;
