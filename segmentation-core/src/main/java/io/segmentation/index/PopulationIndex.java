package io.segmentation.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.ProgressListener;
import io.segmentation.internal.base.Parallelism;
import io.segmentation.internal.base.Progress;
import io.segmentation.internal.vocabulary.Identities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A population of subjects indexed column by column at one evaluation time, to answer "how many, who, how much"
 * for whole segments at once: exact segment sizes, member lists, overlaps between segments and sums of numbers over
 * members, over millions of customers in milliseconds.
 *
 * <pre>{@code
 * EvaluationContext june = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
 * PopulationIndex<Customer> index = PopulationIndex.build(customers, june);
 *
 * Segment<Customer> youngRepeat = Segment.where(age().between(18, 25)).and(purchases().atLeast(3));
 * int size = index.count(youngRepeat);                            // exact, no sampling
 * List<String> ids = index.memberIds(youngRepeat);                 // in input order
 * int both = index.overlap(youngRepeat, Segment.where(country().is("DE")));
 * double revenue = index.sum(youngRepeat, totalSpent().inLast(Duration.ofDays(365)));
 * }</pre>
 *
 * <h2>How it works</h2>
 *
 * <p>Subjects get row numbers in input order. The first time a segment uses an attribute, the index reads that
 * attribute once for every subject ({@code attribute.read(subject, context)}, in parallel for large populations)
 * and keeps the values as a column: numbers in a {@code double[]}, texts dictionary-encoded with a compressed bitmap
 * of rows per distinct value, booleans and sets as bitmaps, instants as primitive arrays. Since the evaluation time
 * is fixed, every attribute is just such a column — ages, windowed aggregates such as
 * {@code purchases().inLast(30 days)} (each window its own column), event counts with filters, custom attributes.
 * A segment is then evaluated leaf by leaf into bitmaps of rows, combined with and/or/and-not; counts and overlaps
 * are bitmap cardinalities, sums run over a column. Columns stay for the life of the index; build them up front
 * with {@link #build(Iterable, EvaluationContext, Segment[])} or {@link #prepare(Iterable)}.
 *
 * <p>Answers are exactly those of {@link io.segmentation.engine.SegmentMatcher} at {@link #context()}: a comparison
 * on a missing value is false, {@code not} is the exact complement, relative time points and windows are measured
 * from the context's evaluation time, calendar rules use its zone. Custom predicates
 * ({@link io.segmentation.Attributes#custom}) are the slow path: they are asked subject by subject on every query
 * (only for the rows still in question when they are operands of an {@code and}), so prefer a custom attribute, which
 * becomes a column.
 *
 * <p>The population is a snapshot: the index holds the subjects it was built from and never re-reads them after a
 * column is built. Immutable in what it answers and thread-safe: queries may run concurrently, and a column needed by
 * several at once is built once. Rows are {@code int}s, so a population holds fewer than 2<sup>31</sup> subjects.
 *
 * <p>One column per attribute identity: the first attribute of an identity that a query meets owns the column, and a
 * query that reads a <em>different</em> attribute with the same identity (see
 * {@link io.segmentation.attribute.Attribute}) fails with an {@link IllegalArgumentException} naming both, rather
 * than be answered from the other's column.
 *
 * <h2>Executors, progress and logs</h2>
 *
 * <p>Columns of large populations are read in parallel on the common fork-join pool. An index built with an
 * {@link Executor} ({@link #build(Iterable, EvaluationContext, Executor, ProgressListener)}) reads every column —
 * up front or on first use — and runs every per-subject pass in chunks on that executor instead: the way to keep
 * batch work off threads that serve requests. Answers do not depend on where the work ran. Building reports its
 * progress as phase {@value #ROWS_PHASE} (subjects registered), and {@link #prepare(Iterable, ProgressListener)} as
 * phase {@value #COLUMNS_PHASE} (columns built).
 *
 * <p>Logger {@code io.segmentation.index.PopulationIndex}: at DEBUG, one line per index built (subjects, time), per
 * column read (attribute, rows, bytes, time) and per {@code prepare} (columns, time); never customer data.
 *
 * @param <T> the subject type, usually {@link Customer}
 * @since 0.1.0
 */
public final class PopulationIndex<T> {

    /**
     * The progress phase of building an index: subjects registered (ids checked), of all subjects.
     *
     * @since 0.2.0
     */
    public static final String ROWS_PHASE = "index rows";

    /**
     * The progress phase of {@link #prepare(Iterable, ProgressListener)}: columns built, of the columns the segments
     * need.
     *
     * @since 0.2.0
     */
    public static final String COLUMNS_PHASE = "index columns";

    /** Progress of registering subjects is reported every this many rows. */
    private static final int ROWS_PER_REPORT = 1 << 16;

    private static final Logger log = LoggerFactory.getLogger(PopulationIndex.class);

    private final ImmutableList<T> subjects;
    private final ImmutableList<String> ids;
    private final EvaluationContext context;
    private final Parallelism parallelism;
    private final ConcurrentMap<Attribute<T, ?>, Supplier<Column>> columns = new ConcurrentHashMap<>();
    private final ConcurrentMap<Attribute<T, ?>, Attribute<T, ?>> attributes = new ConcurrentHashMap<>();

    private PopulationIndex(
            ImmutableList<T> subjects, ImmutableList<String> ids, EvaluationContext context, Parallelism parallelism) {
        this.subjects = subjects;
        this.ids = ids;
        this.context = context;
        this.parallelism = parallelism;
    }

    /**
     * Indexes customers as of an evaluation time; columns are built when segments first need them.
     *
     * <pre>{@code
     * PopulationIndex<Customer> index = PopulationIndex.build(customers, EvaluationContext.asOf(asOf));
     * }</pre>
     *
     * @param customers the population, in the order members are listed; no nulls, distinct ids
     * @param context the evaluation time (and zone) of every answer
     * @return the index
     * @throws IllegalArgumentException if two customers have the same id, naming it
     * @since 0.1.0
     */
    public static PopulationIndex<Customer> build(Iterable<Customer> customers, EvaluationContext context) {
        return build(customers, Customer::id, context);
    }

    /**
     * Indexes customers and builds, now, the columns of the attributes the given segments use (including segments
     * they refer to), so that their first queries are as fast as later ones.
     *
     * <pre>{@code
     * PopulationIndex<Customer> index = PopulationIndex.build(customers, june, youngRepeat, lapsed, vip);
     * }</pre>
     *
     * @param customers the population, in the order members are listed; no nulls, distinct ids
     * @param context the evaluation time (and zone) of every answer
     * @param segments segments whose columns to build up front
     * @return the index
     * @throws IllegalArgumentException if two customers have the same id, naming it
     * @since 0.1.0
     */
    @SafeVarargs
    public static PopulationIndex<Customer> build(
            Iterable<Customer> customers, EvaluationContext context, Segment<Customer>... segments) {
        checkNotNull(segments, "segments");
        return build(customers, context).prepare(ImmutableList.copyOf(segments));
    }

    /**
     * Indexes subjects of any type, identified by {@code ids}, as of an evaluation time.
     *
     * <pre>{@code
     * PopulationIndex<Account> index = PopulationIndex.build(accounts, Account::id, EvaluationContext.asOf(asOf));
     * int gold = index.count(Segment.where(points.atLeast(1_000)));
     * }</pre>
     *
     * @param subjects the population, in the order members are listed; no nulls
     * @param ids reads each subject's identifier; identifiers must be non-null and distinct
     * @param context the evaluation time (and zone) of every answer
     * @param <T> the subject type
     * @return the index
     * @throws IllegalArgumentException if two subjects have the same id, naming it
     * @since 0.1.0
     */
    public static <T> PopulationIndex<T> build(
            Iterable<? extends T> subjects, Function<? super T, String> ids, EvaluationContext context) {
        return build(subjects, ids, context, Parallelism.commonPool(), ProgressListener.none());
    }

    /**
     * Indexes customers as of an evaluation time, with every column read (now or on first use) on {@code executor},
     * reporting progress as phase {@value #ROWS_PHASE}.
     *
     * <pre>{@code
     * ExecutorService batch = Executors.newFixedThreadPool(4);          // keeps the work off request threads
     * PopulationIndex<Customer> index = PopulationIndex.build(customers, context, batch, progressBar)
     *         .prepare(segments, progressBar);
     * }</pre>
     *
     * @param customers the population, in the order members are listed; no nulls, distinct ids
     * @param context the evaluation time (and zone) of every answer
     * @param executor runs every chunk of rows the index reads or scans, as one task each; the calling thread waits
     * @param progress told how many customers are registered
     * @return the index, answering exactly as one built without an executor
     * @throws IllegalArgumentException if two customers have the same id, naming it
     * @since 0.2.0
     */
    public static PopulationIndex<Customer> build(
            Iterable<Customer> customers, EvaluationContext context, Executor executor, ProgressListener progress) {
        return build(customers, Customer::id, context, executor, progress);
    }

    /**
     * Indexes subjects of any type, identified by {@code ids}, with every column read (now or on first use) on
     * {@code executor}, reporting progress as phase {@value #ROWS_PHASE}.
     *
     * @param subjects the population, in the order members are listed; no nulls
     * @param ids reads each subject's identifier; identifiers must be non-null and distinct
     * @param context the evaluation time (and zone) of every answer
     * @param executor runs every chunk of rows the index reads or scans, as one task each; the calling thread waits
     * @param progress told how many subjects are registered
     * @param <T> the subject type
     * @return the index, answering exactly as one built without an executor
     * @throws IllegalArgumentException if two subjects have the same id, naming it
     * @since 0.2.0
     */
    public static <T> PopulationIndex<T> build(
            Iterable<? extends T> subjects,
            Function<? super T, String> ids,
            EvaluationContext context,
            Executor executor,
            ProgressListener progress) {
        checkNotNull(executor, "executor");
        checkNotNull(progress, "progress");
        return build(subjects, ids, context, Parallelism.on(executor), progress);
    }

    private static <T> PopulationIndex<T> build(
            Iterable<? extends T> subjects,
            Function<? super T, String> ids,
            EvaluationContext context,
            Parallelism parallelism,
            ProgressListener listener) {
        checkNotNull(subjects, "subjects");
        checkNotNull(ids, "ids");
        checkNotNull(context, "context");
        long start = System.nanoTime();
        List<T> input = new ArrayList<>();
        subjects.forEach(input::add);
        Progress progress = Progress.start(listener::onProgress, ROWS_PHASE, input.size());
        ImmutableList.Builder<T> rows = ImmutableList.builderWithExpectedSize(input.size());
        ImmutableList.Builder<String> rowIds = ImmutableList.builderWithExpectedSize(input.size());
        Map<String, Integer> seen = new HashMap<>();
        int row = 0;
        for (T subject : input) {
            checkNotNull(subject, "subjects contains null at row %s", row);
            String id = checkNotNull(ids.apply(subject), "the id of the subject at row %s is null", row);
            Integer earlier = seen.putIfAbsent(id, row);
            checkArgument(earlier == null, "duplicate id '%s' at rows %s and %s", id, earlier, row);
            rows.add(subject);
            rowIds.add(id);
            row++;
            if (row % ROWS_PER_REPORT == 0 || row == input.size()) {
                progress.advance(row % ROWS_PER_REPORT == 0 ? ROWS_PER_REPORT : row % ROWS_PER_REPORT);
            }
        }
        PopulationIndex<T> index = new PopulationIndex<>(rows.build(), rowIds.build(), context, parallelism);
        if (log.isDebugEnabled()) {
            log.debug(
                    "PopulationIndex built: {} subjects as of {} (zone {}), columns read on the {}, in {} ms",
                    index.size(),
                    context.asOf(),
                    context.zone(),
                    parallelism,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return index;
    }

    /**
     * Builds, now, the columns of the attributes the given segments use (including segments they refer to). Answers
     * do not change; only the first query of each segment gets faster.
     *
     * <pre>{@code
     * index.prepare(List.of(youngRepeat, lapsed)); // e.g. before the first size preview is shown
     * }</pre>
     *
     * @param segments the segments
     * @return this index
     * @since 0.1.0
     */
    public PopulationIndex<T> prepare(Iterable<? extends Segment<T>> segments) {
        return prepare(segments, ProgressListener.none());
    }

    /**
     * Builds, now, the columns of the attributes the given segments use, as {@link #prepare(Iterable)} does,
     * reporting progress as phase {@value #COLUMNS_PHASE}, counted in columns (including those already built).
     *
     * @param segments the segments
     * @param progress told how many of the needed columns are built
     * @return this index
     * @since 0.2.0
     */
    public PopulationIndex<T> prepare(Iterable<? extends Segment<T>> segments, ProgressListener progress) {
        checkNotNull(segments, "segments");
        checkNotNull(progress, "progress");
        long start = System.nanoTime();
        UsedAttributes<T> used = new UsedAttributes<>();
        for (Segment<T> segment : segments) {
            used.add(checkNotNull(segment, "segments contains null").criterion());
        }
        List<Attribute<T, ?>> attributes = ImmutableList.copyOf(used.attributes());
        Progress columnsBuilt = Progress.start(progress::onProgress, COLUMNS_PHASE, attributes.size());
        for (Attribute<T, ?> attribute : attributes) {
            column(attribute);
            columnsBuilt.advance(1);
        }
        if (log.isDebugEnabled()) {
            log.debug(
                    "PopulationIndex prepared {} columns for {} subjects in {} ms; columns hold about {} bytes",
                    attributes.size(),
                    size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    columnBytes());
        }
        return this;
    }

    /**
     * The number of subjects indexed.
     *
     * @return the population size
     * @since 0.1.0
     */
    public int size() {
        return subjects.size();
    }

    /**
     * The evaluation time (and zone) of every answer of this index.
     *
     * @return the context the index was built with
     * @since 0.1.0
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * The exact number of subjects in a segment.
     *
     * <pre>{@code
     * int youngRepeat = index.count(Segment.where(age().between(18, 25)).and(purchases().atLeast(3)));
     * }</pre>
     *
     * @param segment the segment
     * @return how many subjects satisfy its criterion
     * @since 0.1.0
     */
    public int count(Segment<T> segment) {
        return count(checkNotNull(segment, "segment").criterion());
    }

    /**
     * The exact number of subjects satisfying a criterion.
     *
     * <pre>{@code
     * int germans = index.count(country().is("DE"));
     * }</pre>
     *
     * @param criterion the criterion
     * @return how many subjects satisfy it
     * @since 0.1.0
     */
    public int count(Criterion<T> criterion) {
        return rows(criterion).getCardinality();
    }

    /**
     * The subjects in a segment, in input order.
     *
     * <pre>{@code
     * List<Customer> lapsed = index.members(Segment.where(lastPurchase().moreThan(Duration.ofDays(90)).ago()));
     * }</pre>
     *
     * @param segment the segment
     * @return the members, an immutable list
     * @since 0.1.0
     */
    public List<T> members(Segment<T> segment) {
        return members(checkNotNull(segment, "segment").criterion());
    }

    /**
     * The subjects satisfying a criterion, in input order.
     *
     * <pre>{@code
     * List<Customer> vips = index.members(tags().contains("vip"));
     * }</pre>
     *
     * @param criterion the criterion
     * @return the members, an immutable list
     * @since 0.1.0
     */
    public List<T> members(Criterion<T> criterion) {
        return select(rows(criterion), subjects);
    }

    /**
     * The ids of the subjects in a segment, in input order: what to hand to an e-mail or ads tool.
     *
     * <pre>{@code
     * List<String> audience = index.memberIds(newsletterDach);
     * }</pre>
     *
     * @param segment the segment
     * @return the members' ids, an immutable list
     * @since 0.1.0
     */
    public List<String> memberIds(Segment<T> segment) {
        return memberIds(checkNotNull(segment, "segment").criterion());
    }

    /**
     * The ids of the subjects satisfying a criterion, in input order.
     *
     * <pre>{@code
     * List<String> germans = index.memberIds(country().is("DE"));
     * }</pre>
     *
     * @param criterion the criterion
     * @return the members' ids, an immutable list
     * @since 0.1.0
     */
    public List<String> memberIds(Criterion<T> criterion) {
        return select(rows(criterion), ids);
    }

    /**
     * The number of subjects in both segments.
     *
     * <pre>{@code
     * int both = index.overlap(vip, lapsed); // VIPs at risk
     * }</pre>
     *
     * @param a a segment
     * @param b another segment
     * @return the size of their intersection
     * @since 0.1.0
     */
    public int overlap(Segment<T> a, Segment<T> b) {
        return overlap(checkNotNull(a, "a").criterion(), checkNotNull(b, "b").criterion());
    }

    /**
     * The number of subjects satisfying both criteria.
     *
     * <pre>{@code
     * int both = index.overlap(country().is("DE"), tags().contains("vip"));
     * }</pre>
     *
     * @param a a criterion
     * @param b another criterion
     * @return the size of the intersection
     * @since 0.1.0
     */
    public int overlap(Criterion<T> a, Criterion<T> b) {
        checkNotNull(a, "a");
        checkNotNull(b, "b");
        Query<T> query = new Query<>(this);
        return RoaringBitmap.andCardinality(query.rows(a), query.rows(b));
    }

    /**
     * The sum of a number over a segment's members, skipping members without a value; {@code 0} when none has one.
     * Values are added as {@code double}s in input order: each member's {@code totalSpent()} is exact (the double
     * nearest its exact sum), but adding many doubles rounds; for the exact revenue of a segment use {@code
     * Metrics.revenue().calculate(index, segment)}.
     *
     * <pre>{@code
     * double revenue = index.sum(youngRepeat, totalSpent().inLast(Duration.ofDays(365)));
     * }</pre>
     *
     * @param segment the segment
     * @param attribute the number summed, read at the index's evaluation time
     * @return the sum
     * @since 0.1.0
     */
    public double sum(Segment<T> segment, NumberAttribute<T> attribute) {
        return sum(checkNotNull(segment, "segment").criterion(), attribute);
    }

    /**
     * The sum of a number over the subjects satisfying a criterion, skipping those without a value.
     *
     * <pre>{@code
     * double germanRevenue = index.sum(country().is("DE"), totalSpent());
     * }</pre>
     *
     * @param criterion the criterion
     * @param attribute the number summed, read at the index's evaluation time
     * @return the sum, {@code 0} when no member has a value
     * @since 0.1.0
     */
    public double sum(Criterion<T> criterion, NumberAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        RoaringBitmap rows = rows(criterion);
        return ((NumberColumn) column(attribute)).sum(rows);
    }

    /**
     * The mean of a number over a segment's members that have a value.
     *
     * <pre>{@code
     * OptionalDouble averageAge = index.mean(newsletter, age());
     * }</pre>
     *
     * @param segment the segment
     * @param attribute the number averaged, read at the index's evaluation time
     * @return the mean, empty when no member has a value
     * @since 0.1.0
     */
    public OptionalDouble mean(Segment<T> segment, NumberAttribute<T> attribute) {
        return mean(checkNotNull(segment, "segment").criterion(), attribute);
    }

    /**
     * The mean of a number over the subjects satisfying a criterion that have a value.
     *
     * <pre>{@code
     * OptionalDouble averageOrderCount = index.mean(country().is("DE"), purchases());
     * }</pre>
     *
     * @param criterion the criterion
     * @param attribute the number averaged, read at the index's evaluation time
     * @return the mean, empty when no member has a value
     * @since 0.1.0
     */
    public OptionalDouble mean(Criterion<T> criterion, NumberAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        RoaringBitmap rows = rows(criterion);
        NumberColumn column = (NumberColumn) column(attribute);
        int counted = RoaringBitmap.andCardinality(rows, column.present());
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(column.sum(rows) / counted);
    }

    /** A summary for logs: the number of subjects and of columns built, and the evaluation time and zone. */
    @Override
    public String toString() {
        return "PopulationIndex[" + size() + " subjects, " + columns.size() + " columns, asOf " + context.asOf()
                + ", zone " + context.zone() + "]";
    }

    /** An estimate of the memory held by the columns built so far, in bytes. */
    long columnBytes() {
        long bytes = 0;
        for (Supplier<Column> column : columns.values()) {
            bytes += column.get().sizeInBytes();
        }
        return bytes;
    }

    /**
     * Meets an attribute: the first of each identity is the one whose column this index holds, and a different
     * attribute with the same identity is refused rather than answered from that column.
     *
     * @throws IllegalArgumentException naming both attributes and where each came from
     */
    void meet(Attribute<T, ?> attribute) {
        Attribute<T, ?> first = attributes.putIfAbsent(attribute, attribute);
        if (first != null && first != attribute) {
            Identities.requireSame(first, attribute, "PopulationIndex");
        }
    }

    /** The column of an attribute, built on first use; concurrent first uses build it once. */
    Column column(Attribute<T, ?> attribute) {
        meet(attribute);
        return columns.computeIfAbsent(attribute, a -> Suppliers.memoize(() -> read(a)))
                .get();
    }

    /** Where the index's chunks of rows run. */
    Parallelism parallelism() {
        return parallelism;
    }

    private Column read(Attribute<T, ?> attribute) {
        long start = System.nanoTime();
        Column column = Column.read(subjects, attribute, context, parallelism);
        if (log.isDebugEnabled()) {
            log.debug(
                    "PopulationIndex column '{}' read for {} subjects in {} ms, about {} bytes",
                    attribute,
                    size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    column.sizeInBytes());
        }
        return column;
    }

    T subject(int row) {
        return subjects.get(row);
    }

    private RoaringBitmap rows(Criterion<T> criterion) {
        checkNotNull(criterion, "criterion");
        return new Query<>(this).rows(criterion);
    }

    private static <E> List<E> select(RoaringBitmap rows, List<E> from) {
        ImmutableList.Builder<E> selected = ImmutableList.builderWithExpectedSize(rows.getCardinality());
        PeekableIntIterator it = rows.getIntIterator();
        while (it.hasNext()) {
            selected.add(from.get(it.next()));
        }
        return selected.build();
    }
}
