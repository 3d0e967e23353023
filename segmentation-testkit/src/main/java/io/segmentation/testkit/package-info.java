/**
 * Segments as test fixtures: customers inside, outside and on the boundaries of a segment, realistic synthetic
 * populations, AssertJ assertions whose failures explain themselves, QuickTheories generators, and contract tests for
 * extension authors. Add {@code segmentation-testkit} in test scope.
 *
 * <h2>Fixtures</h2>
 *
 * <p>{@link io.segmentation.testkit.Fixtures} builds customers to order: {@code customerIn(segment)}, {@code
 * customerNotIn(segment)} and {@code boundaryCases(segment)}, for {@link io.segmentation.testkit.TestKit}'s default
 * time and seed or for explicit ones with {@code Fixtures.asOf(context).seed(n)}. Every customer is checked by the
 * engine before it is returned; when none can exist, {@link io.segmentation.testkit.UnsatisfiableSegmentException}
 * says why.
 *
 * <p><b>Time.</b> Fixtures and assertions made without an explicit time share one default,
 * {@link io.segmentation.testkit.TestKit#defaultContext()}: 2026-01-01T00:00:00Z in UTC, fixed, never the clock. A
 * fixture built for another time ({@code Fixtures.asOf(june).customerIn(vip)}) remembers it, and {@code
 * assertThat(thatCustomer)} judges it as of {@code june} unless the assertion says {@code .asOf(...)} or {@code
 * .in(...)} itself. Copies of fixtures and customers from elsewhere are judged at the default; see
 * {@link io.segmentation.testkit.TestKit} for the whole rule.
 *
 * <h2>Assertions</h2>
 *
 * <p>{@code import static io.segmentation.testkit.SegmentationAssertions.assertThat;} beside AssertJ's: {@code
 * assertThat(customer).isIn(segment)} fails with the explanation tree; segments, explanations, assignments and
 * reports have assertions too, and {@link io.segmentation.testkit.SoftSegmentationAssertions} collects failures.
 *
 * <h2>Generators and populations</h2>
 *
 * <p>{@link io.segmentation.testkit.Generators} feeds property tests ({@code qt().forAll(criteria(), customers())…});
 * {@link io.segmentation.testkit.Populations#realistic(int, long)} and {@link
 * io.segmentation.testkit.Populations#stream(long, long)} give realistic customers whose purchase process (BG/NBD with
 * Gamma-Gamma spend, CDNOW's parameters by default) is documented, so models fitted on them have a known answer.
 *
 * <h2>Contracts</h2>
 *
 * <p>Authors of custom attributes or custom criteria extend {@link io.segmentation.testkit.AttributeContract} or
 * {@link io.segmentation.testkit.CustomPredicateContract} in a test, and JUnit checks equality, reading, missing
 * values, explanations, {@code not}, engine and index agreement and the text round trip.
 *
 * @since 0.1.0
 */
package io.segmentation.testkit;
