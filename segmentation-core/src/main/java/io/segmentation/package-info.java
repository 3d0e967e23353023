/**
 * The front door: define segments with {@link io.segmentation.Segment#where} and the vocabulary of
 * {@link io.segmentation.Attributes}, meant for static import.
 *
 * <pre>{@code
 * import static io.segmentation.Attributes.*;
 *
 * Segment<Customer> youngRepeat =
 *     Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");
 * Segment<Customer> lapsed =
 *     Segment.where(lastPurchase().moreThan(Duration.ofDays(90)).ago()).named("lapsed");
 * Segment<Customer> b2bDach =
 *     Segment.where(allOf(companySize().atLeast(50), country().in("DE", "AT", "CH"))).named("b2b-dach");
 * }</pre>
 *
 * <p>A segment's {@link io.segmentation.Criterion} is a tree of records — comparisons, presence tests, {@code and},
 * {@code or}, {@code not}, references to other segments and named custom predicates — with one meaning, written in
 * the javadoc of {@link io.segmentation.Criterion}: a comparison on a missing value is false and {@code not} is the
 * exact complement. Match and explain segments with {@link io.segmentation.engine.SegmentMatcher}.
 */
package io.segmentation;
