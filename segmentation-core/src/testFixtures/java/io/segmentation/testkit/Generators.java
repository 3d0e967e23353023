package io.segmentation.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.segmentation.testkit.internal.generators.Draw.between;
import static io.segmentation.testkit.internal.generators.Draw.chance;
import static io.segmentation.testkit.internal.generators.Draw.pick;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.Window;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.testkit.internal.generators.Catalogue;
import io.segmentation.testkit.internal.generators.CustomerDraws;
import io.segmentation.testkit.internal.generators.CustomerLeaves;
import io.segmentation.testkit.internal.generators.Pools;
import io.segmentation.testkit.internal.generators.TimeDraws;
import io.segmentation.testkit.internal.generators.TimeRules;
import io.segmentation.testkit.internal.generators.Trees;
import io.segmentation.testkit.internal.generators.ValueLeaves;
import io.segmentation.testkit.internal.generators.Vocabulary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of customers, criteria and segments, for property tests of code that uses segments.
 *
 * <pre>{@code
 * import static io.segmentation.testkit.Generators.*;
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(criteria(), customers()).check((c, customer) ->
 *     myEngine.matches(c, customer) == SegmentMatcher.of(Segment.where(c)).matches(customer, TestKit.defaultContext()));
 * qt().forAll(textSafeCriteria()).check(c ->
 *     SegmentQuery.parser(registry()).parseCriterion(SegmentQuery.toText(c)).equals(c));
 * }</pre>
 *
 * <p>Customers and criteria are drawn from shared pools of values, so random criteria often hit and often miss, and
 * around {@link TestKit#DEFAULT_AS_OF}, so windows, look-backs and ages meet their edges: missing fields, empty order
 * lists, orders exactly on a window's bound, several at the same instant, after the evaluation time, values that
 * differ only in case, custom attributes of the wrong type, quotes, escapes and characters outside the Basic
 * Multilingual Plane.
 *
 * <p>Criterion generators come in three widths: {@link #criteria()} may hold anything the criterion tree can (custom
 * predicates, user-defined attributes inside event filters, references to segments generated on the spot);
 * {@link #storableCriteria()} only what has a stored (JSON) form; {@link #textSafeCriteria()} only what the query
 * language prints and parses back with {@link #registry()}. The smaller pieces ({@link #numberCriteria()},
 * {@link #timePoints()}, …) are text-safe unless said otherwise. Every generator is immutable, thread-safe and draws
 * all its randomness from QuickTheories, so failures shrink and replay.
 *
 * @since 0.1.0
 */
public final class Generators {

    /** The depth of criterion trees unless told otherwise: up to three levels of and/or/not above the leaves. */
    public static final int DEFAULT_MAX_DEPTH = 3;

    /** The most operands an and/or node gets unless told otherwise. */
    public static final int DEFAULT_MAX_OPERANDS = 3;

    private static final Vocabulary FULL = Vocabulary.full(TestKit.DEFAULT_AS_OF);
    private static final Vocabulary STORABLE = Vocabulary.storable(TestKit.DEFAULT_AS_OF);
    private static final Vocabulary TEXT = Vocabulary.text(TestKit.DEFAULT_AS_OF);
    private static final List<EvaluationContext> CONTEXTS = List.of(
            TestKit.defaultContext(),
            EvaluationContext.asOf(TestKit.DEFAULT_AS_OF, ZoneId.of("Europe/Berlin")),
            EvaluationContext.asOf(TestKit.DEFAULT_AS_OF, ZoneId.of("America/Los_Angeles")),
            EvaluationContext.asOf(TestKit.DEFAULT_AS_OF.plus(Duration.ofHours(13)), ZoneId.of("Pacific/Chatham")));

    private Generators() {}

    /**
     * Random customers around {@link TestKit#DEFAULT_AS_OF}, with ids {@code c-<number>} (not necessarily distinct).
     *
     * @return the generator
     */
    public static Gen<Customer> customers() {
        return customers(TestKit.DEFAULT_AS_OF);
    }

    /**
     * Random customers whose orders, events, birthdays and custom dates cluster around {@code asOf}: mostly before,
     * sometimes after, exactly on it and exactly on window edges before it. Some orders are {@link
     * io.segmentation.customer.Order.Status#CANCELLED cancelled} or {@link
     * io.segmentation.customer.Order.Status#REFUNDED refunded}; amounts are whole cents, in euros where a currency is
     * given, so money sums and metrics over any of these customers never mix currencies.
     *
     * @param asOf the evaluation time the customers are meant for
     * @return the generator
     */
    public static Gen<Customer> customers(Instant asOf) {
        checkNotNull(asOf, "asOf");
        return in -> CustomerDraws.customer(in, "c-" + between(in, 0, 1_000_000), asOf);
    }

    /**
     * Lists of up to {@code maxSize} random customers around {@link TestKit#DEFAULT_AS_OF} with distinct ids
     * {@code c-0}, {@code c-1}, …; one list in twenty is empty.
     *
     * @param maxSize the largest list, at least 1
     * @return the generator
     */
    public static Gen<List<Customer>> populations(int maxSize) {
        return populations(maxSize, TestKit.DEFAULT_AS_OF);
    }

    /**
     * Lists of up to {@code maxSize} random customers around {@code asOf} with distinct ids; one in twenty is empty.
     *
     * @param maxSize the largest list, at least 1
     * @param asOf the evaluation time the customers are meant for
     * @return the generator
     */
    public static Gen<List<Customer>> populations(int maxSize, Instant asOf) {
        checkArgument(maxSize >= 1, "populations: maxSize must be at least 1 but was %s", maxSize);
        checkNotNull(asOf, "asOf");
        return in -> {
            int size = chance(in, 5) ? 0 : between(in, 1, maxSize);
            List<Customer> customers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                customers.add(CustomerDraws.customer(in, "c-" + i, asOf));
            }
            return customers;
        };
    }

    /**
     * Evaluation contexts at or near {@link TestKit#DEFAULT_AS_OF} whose calendar dates differ: UTC, Berlin, Los
     * Angeles (still the previous day) and Chatham (a quarter-hour offset), so that ages, {@code today} and days since
     * the last purchase meet their day boundaries.
     *
     * @return the generator; its first value, the shrink target, is {@link TestKit#defaultContext()}
     */
    public static Gen<EvaluationContext> contexts() {
        return in -> pick(in, CONTEXTS);
    }

    /**
     * Random criterion trees over the whole vocabulary, {@value #DEFAULT_MAX_DEPTH} levels deep at most.
     *
     * @return the generator
     * @see #criteria(int, int)
     */
    public static Gen<Criterion<Customer>> criteria() {
        return criteria(DEFAULT_MAX_DEPTH);
    }

    /**
     * Random criterion trees over the whole vocabulary, {@code maxDepth} levels of and/or/not at most.
     *
     * @param maxDepth 0 for single leaves
     * @return the generator
     * @see #criteria(int, int)
     */
    public static Gen<Criterion<Customer>> criteria(int maxDepth) {
        return criteria(maxDepth, DEFAULT_MAX_OPERANDS);
    }

    /**
     * Random criterion trees over the whole vocabulary of {@link io.segmentation.Attributes}: every attribute family,
     * every operator, windows ({@code inLast}, {@code during}, empty ones), events with property filters, every kind
     * of {@link TimePoint}, presence tests, custom attributes read as every type, a user-defined attribute
     * ({@link #vip()}), {@code and}/{@code or}/{@code not}, references to the {@link #catalogue()} and to segments
     * generated on the spot, custom predicates, user-defined attributes inside event filters and durations with
     * fractions of a second. Such criteria evaluate, explain and index, but may have no text or JSON form.
     *
     * @param maxDepth the most levels of and/or/not/references above the leaves; 0 for single leaves
     * @param maxOperands the most operands of an and/or node, at least 2
     * @return the generator
     */
    public static Gen<Criterion<Customer>> criteria(int maxDepth, int maxOperands) {
        return described(new Trees<>(in -> CustomerLeaves.leaf(in, FULL), maxDepth, maxOperands, true, catalogue()));
    }

    /**
     * Random criterion trees, {@value #DEFAULT_MAX_DEPTH} levels deep at most, with a stored form: everything of
     * {@link #criteria()} but custom predicates, user-defined attributes inside event filters and references to
     * segments that {@link #registry()} does not know. Durations may have fractions of a second, which the JSON schema
     * writes and the query language does not.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> storableCriteria() {
        return storableCriteria(DEFAULT_MAX_DEPTH);
    }

    /**
     * Random criterion trees with a stored form, {@code maxDepth} levels deep at most; see {@link #storableCriteria()}.
     *
     * @param maxDepth 0 for single leaves
     * @return the generator
     */
    public static Gen<Criterion<Customer>> storableCriteria(int maxDepth) {
        return described(new Trees<>(
                in -> CustomerLeaves.leaf(in, STORABLE), maxDepth, DEFAULT_MAX_OPERANDS, false, catalogue()));
    }

    /**
     * Random criterion trees, {@value #DEFAULT_MAX_DEPTH} levels deep at most, that the query language prints and —
     * with {@link #registry()} — parses back to an equal criterion: {@link #storableCriteria()} with durations in
     * whole seconds.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> textSafeCriteria() {
        return textSafeCriteria(DEFAULT_MAX_DEPTH);
    }

    /**
     * Random text-safe criterion trees, {@code maxDepth} levels deep at most; see {@link #textSafeCriteria()}.
     *
     * @param maxDepth 0 for single leaves
     * @return the generator
     */
    public static Gen<Criterion<Customer>> textSafeCriteria(int maxDepth) {
        return described(
                new Trees<>(in -> CustomerLeaves.leaf(in, TEXT), maxDepth, DEFAULT_MAX_OPERANDS, false, catalogue()));
    }

    /**
     * Single leaves over the whole vocabulary, as in {@link #criteria()}: comparisons, presence tests and custom
     * predicates.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> leaves() {
        return described(in -> CustomerLeaves.leaf(in, FULL));
    }

    /**
     * Leaves whose truth changes as time passes while the profile stays the same — windows, {@code within},
     * look-backs of durations and calendar months, {@code today}, ages, days since the last purchase, event filters
     * reading the event's time — each kind drawn equally often, with fixed points shortly before {@code anchor}. For
     * testing schedulers and membership tracking; combine with {@link #trees} for deeper criteria.
     *
     * @param anchor the instant fixed points are drawn near; pair with {@link #customers(Instant)}
     * @return the generator
     */
    public static Gen<Criterion<Customer>> timeRelativeCriteria(Instant anchor) {
        checkNotNull(anchor, "anchor");
        List<Function<org.quicktheories.core.RandomnessSource, Criterion<Customer>>> rules = TimeRules.leaves(anchor);
        return described(in -> pick(in, rules).apply(in));
    }

    /**
     * Criterion trees over any leaves, for any subject type: {@code and}/{@code or} of two to
     * {@value #DEFAULT_MAX_OPERANDS} operands, {@code and} with a negated operand, {@code not}, and references to
     * segments generated on the spot (named {@code ref<depth>_<n>}).
     *
     * <pre>{@code
     * Gen<Criterion<Account>> accounts = Generators.trees(Generators.numberCriteria(points), 2);
     * }</pre>
     *
     * @param leaves the leaves
     * @param maxDepth the most levels above the leaves; 0 for leaves only
     * @param <T> the subject type
     * @return the generator
     */
    public static <T> Gen<Criterion<T>> trees(Gen<Criterion<T>> leaves, int maxDepth) {
        return new Trees<>(leaves, maxDepth, DEFAULT_MAX_OPERANDS, true, List.of());
    }

    /**
     * Random segments over {@link #criteria()}: unnamed or named, with or without a description, names and
     * descriptions including quotes, line breaks and emoji.
     *
     * @return the generator
     */
    public static Gen<Segment<Customer>> segments() {
        return segmentsOf(criteria());
    }

    /**
     * Random segments over {@link #storableCriteria()}, named and described or not.
     *
     * @return the generator
     */
    public static Gen<Segment<Customer>> storableSegments() {
        return segmentsOf(storableCriteria());
    }

    /**
     * Random segments over {@link #textSafeCriteria()}, named and described or not.
     *
     * @return the generator
     */
    public static Gen<Segment<Customer>> textSafeSegments() {
        return segmentsOf(textSafeCriteria());
    }

    private static Gen<Segment<Customer>> segmentsOf(Gen<Criterion<Customer>> criteria) {
        return in -> {
            Segment<Customer> s = Segment.where(criteria.generate(in));
            if (chance(in, 50)) {
                s = s.named(pick(in, List.of("young-repeat", "it's a name", "🎉", "s-" + between(in, 0, 99))));
            }
            if (chance(in, 50)) {
                s = s.describedAs(pick(in, List.of("Young repeat buyers", "line\nbreak", "«quoted» \"twice\"")));
            }
            return s;
        };
    }

    /**
     * Comparisons with every number operator on every number attribute of a customer (windowed or not, event counts
     * with filters, custom attributes), with bounds near the values generated customers hold and now and then huge,
     * tiny or negative ones.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> numberCriteria() {
        return described(in -> ValueLeaves.number(in, CustomerLeaves.numberAttribute(in, TEXT)));
    }

    /**
     * Comparisons with every number operator on one attribute of any subject type.
     *
     * @param attribute the attribute
     * @param <T> the subject type
     * @return the generator
     */
    public static <T> Gen<Criterion<T>> numberCriteria(NumberAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        return in -> ValueLeaves.number(in, attribute);
    }

    /**
     * Comparisons with every text operator, exact and ignoring case, on every text attribute of a customer.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> textCriteria() {
        return described(in -> ValueLeaves.text(in, CustomerLeaves.textAttribute(in)));
    }

    /**
     * Comparisons with every text operator on one attribute of any subject type.
     *
     * @param attribute the attribute
     * @param <T> the subject type
     * @return the generator
     */
    public static <T> Gen<Criterion<T>> textCriteria(TextAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        return in -> ValueLeaves.text(in, attribute);
    }

    /**
     * Comparisons with every set operator on every set attribute of a customer.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> setCriteria() {
        return described(in -> ValueLeaves.set(in, CustomerLeaves.setAttribute(in)));
    }

    /**
     * Comparisons with every set operator on one attribute of any subject type.
     *
     * @param attribute the attribute
     * @param <T> the subject type
     * @return the generator
     */
    public static <T> Gen<Criterion<T>> setCriteria(SetAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        return in -> ValueLeaves.set(in, attribute);
    }

    /**
     * Comparisons on every boolean attribute of a customer: consents, purchased products and categories (windowed or
     * not), a custom flag and the user-defined {@link #vip()}.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> booleanCriteria() {
        return described(in -> ValueLeaves.bool(in, CustomerLeaves.booleanAttribute(in, TEXT)));
    }

    /**
     * Comparisons on one boolean attribute of any subject type.
     *
     * @param attribute the attribute
     * @param <T> the subject type
     * @return the generator
     */
    public static <T> Gen<Criterion<T>> booleanCriteria(BooleanAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        return in -> ValueLeaves.bool(in, attribute);
    }

    /**
     * Comparisons with every instant operator on every instant attribute of a customer, against every kind of
     * {@link TimePoint}.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> instantCriteria() {
        return described(in -> TimeDraws.instantLeaf(in, CustomerLeaves.instantAttribute(in, TEXT), TEXT));
    }

    /**
     * Comparisons with every instant operator on one attribute of any subject type, near
     * {@link TestKit#DEFAULT_AS_OF}.
     *
     * @param attribute the attribute
     * @param <T> the subject type
     * @return the generator
     */
    public static <T> Gen<Criterion<T>> instantCriteria(InstantAttribute<T> attribute) {
        checkNotNull(attribute, "attribute");
        return in -> TimeDraws.instantLeaf(in, attribute, TEXT);
    }

    /**
     * {@code isPresent()} and {@code isMissing()} on every attribute of a customer.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> presenceCriteria() {
        return described(in -> ValueLeaves.presence(in, CustomerLeaves.anyAttribute(in, TEXT)));
    }

    /**
     * Two custom predicates, {@code even-id} (reads the id) and {@code ordered-today} (reads the evaluation time);
     * not text-safe. The same predicate objects every time, so equal names mean equal criteria.
     *
     * @return the generator
     */
    public static Gen<Criterion<Customer>> customCriteria() {
        return described(CustomerLeaves::customPredicate);
    }

    /**
     * Filters on events, as in {@code event("page_view").where(...)}: comparisons and presence tests on text, number
     * and boolean properties (including odd names such as {@code 'odd key'} and the keyword {@code and}), nested up to
     * two levels of and/or/not.
     *
     * @return the generator
     */
    public static Gen<Criterion<Event>> eventFilters() {
        return in -> CustomerLeaves.eventFilter(in, TEXT, 2);
    }

    /**
     * Every number attribute of a customer, windowed or not, as for sums and means.
     *
     * @return the generator
     */
    public static Gen<NumberAttribute<Customer>> numberAttributes() {
        return in -> CustomerLeaves.numberAttribute(in, TEXT);
    }

    /**
     * Every kind of time point: fixed instants and days near {@link TestKit#DEFAULT_AS_OF}, {@code now},
     * {@code today}, look-backs of durations, days, months and years.
     *
     * @return the generator
     */
    public static Gen<TimePoint> timePoints() {
        return in -> TimeDraws.point(in, TEXT);
    }

    /**
     * Positive durations in whole seconds, from 45 seconds to a year.
     *
     * @return the generator
     */
    public static Gen<Duration> durations() {
        return in -> TimeDraws.duration(in, TEXT);
    }

    /**
     * Every kind of window: everything, the last duration, and from one instant to another near
     * {@link TestKit#DEFAULT_AS_OF} (sometimes empty).
     *
     * @return the generator
     */
    public static Gen<Window> windows() {
        return in -> TimeDraws.window(in, TEXT);
    }

    /**
     * Awkward, non-blank texts: quotes, backslashes, line breaks, tabs, a NUL, non-ASCII letters, an emoji, commas and
     * padding.
     *
     * @return the generator
     */
    public static Gen<String> oddTexts() {
        return in -> pick(in, Pools.ODD_TEXTS);
    }

    /**
     * Numbers that are awkward to print and parse: integers from -1000 to 1000, cents, {@code 1.5e10},
     * {@code 0.1 + 0.2}, {@code 1e300}, {@code -0.001}, {@code 0.001} and {@code -0.0}; all finite.
     *
     * @return the generator
     */
    public static Gen<Double> oddNumbers() {
        return ValueLeaves::oddNumber;
    }

    /**
     * The named segments generated criteria refer to: {@code newsletter}, {@code loyal} (described, and referring to
     * {@code newsletter}) and {@code young people}.
     *
     * @return the segments, immutable
     */
    public static List<Segment<Customer>> catalogue() {
        return Catalogue.SEGMENTS;
    }

    /**
     * The registry that parses and reads back every text-safe and storable generated criterion: the built-in
     * vocabulary, {@link #vip()} and the {@link #catalogue()}.
     *
     * @return the registry
     */
    public static AttributeRegistry<Customer> registry() {
        return Catalogue.REGISTRY;
    }

    /**
     * The user-defined attribute generated criteria use, {@code vip}: whether the customer's tags contain
     * {@code "vip"}.
     *
     * @return the attribute, registered in {@link #registry()}
     */
    public static BooleanAttribute<Customer> vip() {
        return CustomerLeaves.VIP;
    }

    /** Shows criteria as query text where they have one, so that failures read like segments. */
    private static Gen<Criterion<Customer>> described(Gen<Criterion<Customer>> criteria) {
        return criteria.describedAs(c -> Segment.where(c).toString());
    }
}
