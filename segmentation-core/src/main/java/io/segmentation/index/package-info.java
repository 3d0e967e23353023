/**
 * The columnar strategy: a {@link io.segmentation.index.PopulationIndex} answers questions about whole segments of a
 * population — exact sizes, member lists, overlaps, sums and means — in milliseconds over millions of customers.
 *
 * <h2>When to use it</h2>
 *
 * <p>Use {@link io.segmentation.engine.SegmentMatcher} or {@link io.segmentation.engine.SegmentEngine} to decide
 * about one customer at a time (a request path, an explanation). Build a {@code PopulationIndex} when the question is
 * about everybody at once: "how big would this segment be?" while a marketer edits it, sizes and revenue of 200
 * segments in a nightly report, the overlap matrix between segments. Both give exactly the same answers.
 *
 * <pre>{@code
 * import static io.segmentation.Attributes.*;
 *
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * PopulationIndex<Customer> index = PopulationIndex.build(customers, june);
 *
 * Segment<Customer> youngRepeat = Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");
 * Segment<Customer> dach = Segment.where(country().in("DE", "AT", "CH")).named("dach");
 *
 * int size = index.count(youngRepeat);
 * int both = index.overlap(youngRepeat, dach);
 * double revenue = index.sum(youngRepeat, totalSpent().inLast(Duration.ofDays(365)));
 * List<String> audience = index.memberIds(Segment.where(inSegment(youngRepeat)).and(not(inSegment(dach))));
 * }</pre>
 *
 * <h2>What to expect</h2>
 *
 * <ul>
 *   <li><b>One evaluation time.</b> An index answers as of the {@link io.segmentation.EvaluationContext} it was
 *       built with. For another time, build another index.
 *   <li><b>Columns on first use.</b> The first query that uses an attribute reads it for every customer (in parallel
 *       for large populations); later queries only scan the column. Pass the segments to
 *       {@code build(customers, context, segments...)} to pay that cost up front. Each window of an aggregate
 *       ({@code purchases().inLast(30 days)} and {@code purchases().inLast(90 days)}) is its own column.
 *   <li><b>Cost of a query.</b> Text equality, set membership, booleans and presence tests are ready-made bitmaps;
 *       number and instant comparisons scan a primitive array (about a millisecond per million customers); other text
 *       operators ({@code startsWith}, {@code matches}…) test each distinct value once. Custom predicates are asked
 *       customer by customer on every query — prefer a custom attribute.
 *   <li><b>Memory.</b> About 8 bytes per customer for a number column, 12 for an instant column, 4 for a text column
 *       plus its dictionary, and compressed bitmaps for booleans, sets and text values — on top of the customers
 *       themselves, which the index keeps to list members.
 * </ul>
 */
package io.segmentation.index;
