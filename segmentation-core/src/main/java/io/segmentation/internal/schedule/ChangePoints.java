package io.segmentation.internal.schedule;

import com.google.common.collect.ImmutableList;
import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.EvaluationContext;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.ChangeInstants;
import io.segmentation.attribute.TimeDependence;
import io.segmentation.attribute.Window;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.Order;
import io.segmentation.internal.base.Instants;
import io.segmentation.internal.vocabulary.Defined;
import io.segmentation.internal.vocabulary.Temporal;
import io.segmentation.plan.NumberIntervals;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the answers of a set of criteria can change for one subject while its data stays the same: for a subject and
 * an instant "now", the earliest instant after now at which some leaf of the criteria may answer differently than it
 * does now. The instants considered are a guaranteed superset of the true change points (an answer at {@code t} can
 * differ from the answer at {@code t - 1ns} only if {@code t} is one of them), so evaluating at each of them, in turn,
 * sees every change; an instant where nothing changes only costs an evaluation.
 *
 * <p>{@code and}, {@code or} and {@code not} change only where an operand does, and a segment reference where the
 * referenced criterion does, so only the leaves matter. A leaf reads a value and tests it; it can change where the
 * value changes (the <em>source</em> of a built-in attribute of {@link Customer}, which reads the profile as of the
 * evaluation time) or where the test of a constant value against a moving time point flips ({@link TimeEdges},
 * {@link CalendarPoints}). Behavioural values only see orders and events at or before the evaluation time:
 *
 * <ul>
 *   <li>aggregates over a window ({@code purchases}, {@code total_spent}, {@code average_order_value},
 *       {@code purchased_product/category} over orders; {@code event(...).count()} over events of the type) are
 *       functions of the set of items in the window. With no window, an item at {@code t} is in from {@code t} on;
 *       {@code inLast(d)} holds it while {@code asOf - d <= t <= asOf}, i.e. for {@code asOf} in
 *       {@code [t, t + d]}: in at {@code t}, out at {@code t + d + 1ns}; {@code during(from, to)} holds items in
 *       {@code [from, to)} from their own instant on. So the candidates are the next item instant after now (for
 *       {@code during}, the next one inside the window) and, for {@code inLast(d)}, {@code t + d + 1ns} for the
 *       earliest item still in or ahead of the window ({@code t >= now - d});
 *   <li>{@code first_purchase} changes at the first order's instant, {@code last_purchase} and {@code channels} at
 *       every order's, {@code last_event} at every event's of its type;
 *   <li>an event filter is evaluated as of the same time: its own change points, for every event of the type, are
 *       candidates too;
 *   <li>{@code age} and {@code days_since_last_purchase} read the calendar ({@link CalendarPoints}).
 * </ul>
 *
 * <p>Which of these applies is read from the attribute, never from its name: a built-in's row in the
 * {@link io.segmentation.internal.vocabulary.BuiltIn} table, otherwise its {@link Attribute#timeDependence()}. A user
 * attribute made with a {@link ChangeInstants} offers the instant it gives; one that reads the evaluation time with a
 * cadence offers its next tick ({@link TimeDependence#nextReevaluationAfter}); a hand-written windowed aggregate over a
 * {@link Customer} that declares computable instants is treated conservatively as an aggregate over both its orders
 * and its events. Everything else is taken to depend on the subject only: text, number, boolean and set fields,
 * custom attributes (whose dates are resolved in the one zone used), static user attributes and
 * {@link Criterion.Custom} predicates. A custom predicate, or a hand-written attribute that reads the evaluation time
 * without declaring it, is re-evaluated only when some other candidate or new data comes along.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the subject type
 */
public final class ChangePoints<T> {

    // Probes whose candidates come from the subject's data, one per distinct (source, attribute[, condition]);
    // and the time edges of instant conditions, grouped by attribute so each value is read once per call.
    private final ImmutableList<Probe<T>> probes;
    private final ImmutableList<EdgeGroup<T>> edgeGroups;

    private ChangePoints(ImmutableList<Probe<T>> probes, ImmutableList<EdgeGroup<T>> edgeGroups) {
        this.probes = probes;
        this.edgeGroups = edgeGroups;
    }

    /** The time edges of every instant condition on one attribute. */
    private record EdgeGroup<T>(Attribute<T, ?> attribute, ImmutableList<TimeEdges.Edge> edges) {}

    /**
     * The change points of some criteria, including those of every segment they refer to.
     *
     * @param roots the criteria
     * @param <T> the subject type
     * @return the analysis
     */
    public static <T> ChangePoints<T> of(Collection<? extends Criterion<T>> roots) {
        Leaves<T> leaves = new Leaves<>();
        for (Criterion<T> root : roots) {
            root.accept(leaves);
        }
        java.util.Map<List<Object>, Probe<T>> bySource = new java.util.LinkedHashMap<>();
        java.util.Map<Attribute<T, ?>, Set<TimeEdges.Edge>> edges = new java.util.LinkedHashMap<>();
        for (Criterion<T> leaf : leaves.found) {
            Probe<T> probe = Probe.of(leaf);
            if (probe == null) {
                continue;
            }
            if (probe.source != Source.STATIC) {
                bySource.putIfAbsent(probe.sourceKey(), probe);
            }
            if (!probe.edges.isEmpty()) {
                edges.computeIfAbsent(probe.attribute, a -> new LinkedHashSet<>())
                        .addAll(probe.edges);
            }
        }
        ImmutableList.Builder<EdgeGroup<T>> groups = ImmutableList.builder();
        edges.forEach((attribute, e) -> groups.add(new EdgeGroup<>(attribute, ImmutableList.copyOf(e))));
        return new ChangePoints<>(ImmutableList.copyOf(bySource.values()), groups.build());
    }

    /**
     * Whether no leaf can change with time alone.
     *
     * @return true when the answers only change with new data
     */
    public boolean isEmpty() {
        return probes.isEmpty() && edgeGroups.isEmpty();
    }

    /**
     * The earliest instant strictly after {@code now} at which an answer may differ from the one at {@code now}.
     *
     * @param subject the subject, as it is at {@code now}
     * @param now the instant whose answers are known
     * @param zone the zone of calendar rules
     * @return the instant, before {@link Instant#MAX}, or empty if no answer can change with time alone
     */
    public Optional<Instant> nextAfter(T subject, Instant now, ZoneId zone) {
        return nextAfter(subject, EvaluationContext.asOf(now, zone));
    }

    /**
     * The earliest instant strictly after the context's evaluation time at which an answer may differ from the one
     * then, with calendar rules in the context's zone.
     *
     * @param subject the subject, as it is at the evaluation time
     * @param context the evaluation time and zone
     * @return the instant, before {@link Instant#MAX}, or empty if no answer can change with time alone
     */
    public Optional<Instant> nextAfter(T subject, EvaluationContext context) {
        if (isEmpty()) {
            return Optional.empty();
        }
        Instant now = context.asOf();
        Candidates out = new Candidates(now);
        for (Probe<T> probe : probes) {
            probe.offerSource(subject, context, out);
        }
        for (EdgeGroup<T> group : edgeGroups) {
            if (group.attribute().read(subject, context) instanceof Instant value) {
                for (TimeEdges.Edge edge : group.edges()) {
                    TimeEdges.offer(edge, value, context, out);
                }
            }
        }
        return Optional.ofNullable(out.earliest());
    }

    /**
     * How the candidates of an attribute are found: read from the attribute's declaration ({@link BuiltIn} row,
     * {@link TimeDependence}, the user's {@link ChangeInstants}), never from its name.
     */
    private enum Source {
        STATIC,
        AGE,
        DAYS_SINCE_LAST_PURCHASE,
        ORDERS_IN_WINDOW,
        EVENTS_IN_WINDOW,
        ANYTHING_IN_WINDOW,
        FIRST_ORDER,
        EVERY_ORDER,
        EVERY_EVENT,
        /** A user attribute that gives its change instants. */
        GIVEN_INSTANTS,
        /** An attribute that reads the evaluation time opaquely, re-evaluated at its cadence. */
        CADENCE;

        static Source of(Attribute<?, ?> a) {
            if (a instanceof Defined d && d.definition().builtIn() != null) {
                return of(d.definition().builtIn().temporal());
            }
            TimeDependence dependence = a.timeDependence();
            switch (dependence.kind()) {
                case READS_EVALUATION_TIME:
                    return CADENCE;
                case CHANGES_AT_COMPUTABLE_INSTANTS:
                    if (a instanceof Defined d && d.definition().instants() != null) {
                        return GIVEN_INSTANTS;
                    }
                    // A hand-written windowed aggregate: conservatively, over both the orders and the events of a
                    // Customer (see offerSource); of another subject, nothing the library can compute.
                    return a instanceof WindowedNumberAttribute || a instanceof WindowedBooleanAttribute
                            ? ANYTHING_IN_WINDOW
                            : STATIC;
                default:
                    return STATIC;
            }
        }

        private static Source of(Temporal temporal) {
            return switch (temporal) {
                case STATIC -> STATIC;
                case AGE -> AGE;
                case DAYS_SINCE_LAST_PURCHASE -> DAYS_SINCE_LAST_PURCHASE;
                case ORDERS_IN_WINDOW -> ORDERS_IN_WINDOW;
                case EVENTS_IN_WINDOW -> EVENTS_IN_WINDOW;
                case FIRST_ORDER -> FIRST_ORDER;
                case EVERY_ORDER -> EVERY_ORDER;
                case EVERY_EVENT -> EVERY_EVENT;
                case ROW_INSTANTS -> GIVEN_INSTANTS;
            };
        }
    }

    /** One time-dependent leaf: a comparison or a presence test. */
    private static final class Probe<T> {
        private final Attribute<T, ?> attribute;
        private final Source source;
        private final NumberIntervals numberCondition;
        private final ImmutableList<TimeEdges.Edge> edges;
        private final Window window;
        private final String eventType;
        private final ChangePoints<Event> eventFilter;
        private final ChangeInstants<? super T> changes;

        private Probe(Attribute<T, ?> attribute, Condition<?> condition) {
            this.attribute = attribute;
            this.source = Source.of(attribute);
            this.changes = source == Source.GIVEN_INSTANTS ? changesOf(attribute) : null;
            this.numberCondition = condition instanceof NumberCondition n ? n.intervals() : null;
            this.edges = condition instanceof InstantCondition i ? TimeEdges.of(i.bounds()) : ImmutableList.of();
            this.window = attribute instanceof WindowedNumberAttribute<?> n
                    ? n.window()
                    : attribute instanceof WindowedBooleanAttribute<?> b ? b.window() : Window.all();
            boolean events = source == Source.EVENTS_IN_WINDOW || source == Source.EVERY_EVENT;
            List<Object> parameters = attribute.parameters();
            this.eventType = events && parameters.get(0) instanceof String type ? type : null;
            this.eventFilter = events && parameters.size() > 1 && parameters.get(1) instanceof Criterion<?> filter
                    ? eventChangePoints(filter)
                    : null;
        }

        /** The user's change instants of an attribute made with them; it reads subjects of type {@code T}. */
        @SuppressWarnings("unchecked") // Attribute.number(name, getter, ChangeInstants<? super T>) made the attribute
        private static <T> ChangeInstants<? super T> changesOf(Attribute<T, ?> attribute) {
            return (ChangeInstants<? super T>)
                    ((Defined) attribute).definition().instants();
        }

        /** The probe of a leaf, or {@code null} if the leaf's answer cannot change with time alone. */
        static <T> Probe<T> of(Criterion<T> leaf) {
            Probe<T> probe;
            if (leaf instanceof Criterion.Comparison<T, ?> comparison) {
                probe = new Probe<>(comparison.attribute(), comparison.condition());
            } else if (leaf instanceof Criterion.Presence<T> presence) {
                probe = new Probe<>(presence.attribute(), null);
            } else {
                return null;
            }
            return probe.source == Source.STATIC && probe.edges.isEmpty() ? null : probe;
        }

        @SuppressWarnings("unchecked") // event filters are criteria over events by construction of EventQuery
        private static ChangePoints<Event> eventChangePoints(Criterion<?> filter) {
            ChangePoints<Event> points = ChangePoints.of(List.of((Criterion<Event>) filter));
            return points.isEmpty() ? null : points;
        }

        /** What makes two probes' data-driven candidates the same: the attribute, and for calendar rules the test. */
        List<Object> sourceKey() {
            boolean conditionMatters = source == Source.AGE || source == Source.DAYS_SINCE_LAST_PURCHASE;
            return java.util.Arrays.asList(source, attribute, conditionMatters ? numberCondition : null);
        }

        void offerSource(T subject, EvaluationContext context, Candidates out) {
            switch (source) {
                case STATIC -> {}
                case CADENCE ->
                    out.offer(attribute
                            .timeDependence()
                            .nextReevaluationAfter(context)
                            .orElse(null));
                case GIVEN_INSTANTS ->
                    out.offer(changes.nextAfter(subject, context).orElse(null));
                case ANYTHING_IN_WINDOW -> {
                    if (subject instanceof Customer c) {
                        // All orders, not only purchases: a user's windowed aggregate may read cancelled ones too.
                        offerWindow(c.orders(), Order::instant, null, context.asOf(), out);
                        offerWindow(c.events(), Event::instant, null, context.asOf(), out);
                    }
                }
                // Built-in rows of the table read a Customer: the attribute's subject type is Customer.
                default -> offerCustomer((Customer) subject, context, out);
            }
        }

        private void offerCustomer(Customer c, EvaluationContext context, Candidates out) {
            Instant now = context.asOf();
            switch (source) {
                case STATIC, CADENCE, GIVEN_INSTANTS, ANYTHING_IN_WINDOW -> {}
                case AGE -> c.birthDate().ifPresent(birth -> CalendarPoints.age(birth, numberCondition, context, out));
                case DAYS_SINCE_LAST_PURCHASE -> {
                    offerNext(c.purchases(), Order::instant, null, now, out);
                    int seen = c.purchaseCountUpTo(now);
                    if (seen > 0 && numberCondition != null) {
                        CalendarPoints.daysSince(c.purchases().get(seen - 1).instant(), numberCondition, context, out);
                    }
                }
                case ORDERS_IN_WINDOW -> offerWindow(c.purchases(), Order::instant, null, now, out);
                case EVENTS_IN_WINDOW -> {
                    offerWindow(c.events(), Event::instant, eventType, now, out);
                    offerFilter(c, context, out);
                }
                case FIRST_ORDER -> {
                    if (!c.purchases().isEmpty()) {
                        out.offer(c.purchases().get(0).instant());
                    }
                }
                case EVERY_ORDER -> offerNext(c.purchases(), Order::instant, null, now, out);
                case EVERY_EVENT -> {
                    offerNext(c.events(), Event::instant, eventType, now, out);
                    offerFilter(c, context, out);
                }
            }
        }

        /** Where an event's acceptance by a time-dependent filter may change, for every event of the type. */
        private void offerFilter(Customer c, EvaluationContext context, Candidates out) {
            if (eventFilter == null) {
                return;
            }
            for (Event e : c.events()) {
                if (e.type().equals(eventType)) {
                    eventFilter.nextAfter(e, context.asOf(), context.zone()).ifPresent(out::offer);
                }
            }
        }

        /** The items that can enter or leave the window after now: see the class javadoc for the derivation. */
        private <E> void offerWindow(
                List<E> items, Function<E, Instant> instantOf, String type, Instant now, Candidates out) {
            if (window instanceof Window.Between between) {
                Instant from = between.from().isAfter(now) ? between.from() : now.plusNanos(1);
                int i = next(items, type, firstAtOrAfter(items, instantOf, from));
                if (i < items.size() && instantOf.apply(items.get(i)).isBefore(between.to())) {
                    out.offer(instantOf.apply(items.get(i)));
                }
                return;
            }
            offerNext(items, instantOf, type, now, out);
            if (window instanceof Window.Last last) {
                Instant oldestKept = Instants.minusSaturated(now, last.duration());
                int i = next(items, type, firstAtOrAfter(items, instantOf, oldestKept));
                if (i < items.size()) {
                    out.offer(Candidates.linearFlip(instantOf.apply(items.get(i)), last.duration(), true));
                }
            }
        }

        /** The first item after now (of the type, if any) becomes visible at its own instant. */
        private static <E> void offerNext(
                List<E> items, Function<E, Instant> instantOf, String type, Instant now, Candidates out) {
            Instant after = now.equals(Instant.MAX) ? now : now.plusNanos(1);
            int i = next(items, type, firstAtOrAfter(items, instantOf, after));
            if (i < items.size()) {
                out.offer(instantOf.apply(items.get(i)));
            }
        }

        /** The first index at or after {@code from} holding an item of the type ({@code null}: any item). */
        private static <E> int next(List<E> items, String type, int from) {
            int i = from;
            while (i < items.size()
                    && type != null
                    && !((Event) items.get(i)).type().equals(type)) {
                i++;
            }
            return i;
        }

        /** The first index whose instant is at or after {@code instant}; items are sorted by instant. */
        private static <E> int firstAtOrAfter(List<E> items, Function<E, Instant> instantOf, Instant instant) {
            int lo = 0;
            int hi = items.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (instantOf.apply(items.get(mid)).isBefore(instant)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Collects the distinct leaves of criteria, following segment references. */
    private static final class Leaves<T> implements CriterionVisitor<T, Void> {
        private final Set<Criterion<T>> found = new LinkedHashSet<>();
        private final Set<Criterion<T>> visited = new LinkedHashSet<>();

        private Void visitAll(List<Criterion<T>> operands) {
            for (Criterion<T> c : operands) {
                if (visited.add(c)) {
                    c.accept(this);
                }
            }
            return null;
        }

        @Override
        public <V> Void visitComparison(Criterion.Comparison<T, V> comparison) {
            found.add(comparison);
            return null;
        }

        @Override
        public Void visitPresence(Criterion.Presence<T> presence) {
            found.add(presence);
            return null;
        }

        @Override
        public Void visitAnd(Criterion.And<T> and) {
            return visitAll(and.operands());
        }

        @Override
        public Void visitOr(Criterion.Or<T> or) {
            return visitAll(or.operands());
        }

        @Override
        public Void visitNot(Criterion.Not<T> not) {
            return visitAll(List.of(not.operand()));
        }

        @Override
        public Void visitInSegment(Criterion.InSegment<T> inSegment) {
            return visitAll(List.of(inSegment.segment().criterion()));
        }

        @Override
        public Void visitCustom(Criterion.Custom<T> custom) {
            return null;
        }
    }

    @Override
    public String toString() {
        List<String> leaves = new ArrayList<>();
        for (Probe<T> p : probes) {
            leaves.add(p.attribute.toString());
        }
        return "ChangePoints" + leaves;
    }
}
