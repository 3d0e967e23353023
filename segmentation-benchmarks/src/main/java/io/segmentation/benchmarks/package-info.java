/**
 * JMH benchmarks of core and predict, each beside a hand-written Java baseline measured in the same run, on
 * deterministic synthetic populations ({@link io.segmentation.benchmarks.Populations}). A test checks that every
 * baseline answers exactly what the library answers, so the comparisons are like for like. How to run them and the
 * reference numbers are in this module's {@code README.md}. Never deployed.
 */
package io.segmentation.benchmarks;
