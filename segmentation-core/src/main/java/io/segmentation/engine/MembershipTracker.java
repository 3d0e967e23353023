package io.segmentation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.internal.schedule.ChangePoints;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live segment membership: fed profile changes and the passing of time, it keeps each subject's segments current and
 * tells {@link MembershipListener listeners} exactly when a subject {@link MembershipChange.Entered enters} or
 * {@link MembershipChange.Exited leaves} one of the segments of a {@link SegmentEngine}.
 *
 * <pre>{@code
 * Segment<Customer> recent = Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(1)).named("recent");
 * MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(recent), ZoneId.of("Europe/Berlin"));
 * tracker.addListener(change -> outbox.add(change));
 *
 * tracker.update(anna, orderInstant);      // anna ordered: Entered(anna, recent, orderInstant)
 * tracker.advanceTo(clock.instant());      // e.g. nightly: Exited(anna, recent, orderInstant + 30d + 1ns) once due
 * }</pre>
 *
 * <h2>Feeding</h2>
 *
 * <ul>
 *   <li>{@link #update(Object, Instant) update(subject, at)}: a new or changed profile (an order, an event, an edit),
 *       as of {@code at}. The subject is evaluated as of {@code at} and compared with its previous memberships;
 *       exactly the differences are reported, stamped {@code at}. A subject is identified by its id: feeding it again
 *       replaces the previous profile, never adds a second subject.
 *   <li>{@link #remove(String, Instant) remove(id, at)}: the subject is gone; it leaves all its segments at
 *       {@code at}.
 *   <li>{@link #advanceTo(Instant) advanceTo(now)}: time has passed. Segments such as "bought in the last 30 days",
 *       "no purchase for 90 days", ages or "signed up today" change with no new data. Rather than re-evaluating every
 *       subject on a schedule, the tracker knows for each subject the next instant at which one of its answers can
 *       flip; it processes, in time order, every subject whose next instant is at or before {@code now}: it evaluates
 *       it exactly at that instant, reports the changes stamped with it, computes the subject's next instant and goes
 *       on, so one call that jumps a year ahead reports the same changes, at the same instants, as 365 daily calls.
 * </ul>
 *
 * <p>Time never moves backwards: each call is as of an instant at or after the latest one already given to any call,
 * otherwise it fails with an {@link IllegalArgumentException} naming both instants. Feeding data as of {@code at}
 * first processes, like {@code advanceTo(at)}, everything due up to {@code at} (so listeners still hear of changes in
 * time order); a subject's own instant due exactly at {@code at} is superseded by its new profile.
 *
 * <h2>When answers can change</h2>
 *
 * The next instant of a subject is computed from the criteria of the engine's segments (and the segments they refer
 * to) and the subject's data, as the earliest of a guaranteed superset of the instants where an answer can change —
 * it may be an instant where nothing changes, never one too late. Only leaves whose value or test moves with the
 * evaluation time contribute:
 *
 * <ul>
 *   <li>orders and events become visible at their own instant; {@code inLast(d)} windows also let an item go at
 *       {@code t + d + 1ns} (the window {@code [asOf - d, asOf]} holds it while {@code asOf <= t + d});
 *   <li>{@code within(d)}, {@code -d}, {@code now}: for a value {@code v}, {@code within(d)} holds on
 *       {@code [v, v + d]}, so it flips at {@code v} and {@code v + d + 1ns}; {@code before(-d)} ({@code v < asOf - d})
 *       flips at {@code v + d + 1ns}, {@code after(-d)} at {@code v + d};
 *   <li>calendar rules, in the tracker's zone: {@code age} on the birthday (local midnight) where the condition's
 *       answer changes, {@code days_since_last_purchase} at the local midnight where it does, {@code today} at the
 *       midnight where it passes the value, and calendar look-backs ({@code -3m}) where the shifted instant passes the
 *       value or jumps (month ends); each of these also at the zone's next offset transition.
 * </ul>
 *
 * Which leaves move with time is read from each attribute's declared
 * {@link io.segmentation.attribute.Attribute#timeDependence() time dependence}, never from its name. Text, number,
 * boolean and set fields, custom attributes and attributes defined with {@code Attribute.number(name, getter)} and
 * friends are {@linkplain io.segmentation.attribute.TimeDependence#none() static}. Your own attributes that read the
 * evaluation time declare it, and are scheduled:
 *
 * <ul>
 *   <li>made with {@link io.segmentation.attribute.Attribute#number(String, java.util.function.BiFunction,
 *       io.segmentation.attribute.ChangeInstants) Attribute.number(name, getter, changes)} (and friends): at the
 *       instant their {@link io.segmentation.attribute.ChangeInstants} gives, exactly;
 *   <li>made with {@link io.segmentation.attribute.Attribute#number(String, java.util.function.BiFunction,
 *       io.segmentation.attribute.TimeDependence) Attribute.number(name, getter, TimeDependence.reevaluatedEvery(d))}
 *       or a subclass overriding {@code timeDependence()}: at the next tick of the cadence
 *       ({@link io.segmentation.attribute.TimeDependence#nextReevaluationAfter}; whole days tick at local midnights),
 *       so a change is seen at most one cadence late. The predictions of {@code segmentation-predict} are re-evaluated
 *       daily this way.
 * </ul>
 *
 * <pre>{@code
 * NumberAttribute<Account> daysSinceSignup = Attribute.number(
 *         "days_since_signup",
 *         (account, context) -> ChronoUnit.DAYS.between(account.signupDate(), context.today()),
 *         TimeDependence.reevaluatedEvery(Duration.ofDays(1)));
 * // a tracker over Segment.where(daysSinceSignup.atLeast(30)) emits Entered at the local midnight of the 30th day
 * }</pre>
 *
 * {@linkplain io.segmentation.Attributes#custom Custom predicates} and hand-written attributes that read the evaluation
 * time without declaring it are not analysed: they are re-evaluated whenever the subject is, but no instant is
 * scheduled for them.
 *
 * <p>Calendar rules use one zone for every evaluation, given to {@link #over(SegmentEngine, ZoneId)} (UTC by
 * default): the zone is part of the answer, like the segments, so a tracker needs one to compute instants ahead.
 *
 * <h2>Threads</h2>
 *
 * Thread-safe. All state sits behind one lock, and a call that feeds the tracker holds it from start to end,
 * listeners included: listeners are called synchronously on the feeding thread, in time order (and, for one instant
 * and subject, exits before entries, each in the engine's order), never concurrently for the same tracker, and they
 * see the tracker's state already updated for the change they receive. Calls from other threads wait meanwhile, so
 * listeners should be quick. A listener must not feed the tracker ({@link IllegalStateException}); it may read it.
 * An exception thrown by a listener does not stop the others or the processing: once the call has finished, the first
 * such exception is rethrown, later ones attached as suppressed.
 *
 * <h2>Logging</h2>
 *
 * Logger {@code io.segmentation.engine.MembershipTracker}, at TRACE only: each evaluation of a subject (its id, the
 * instant, the number of changes) and the next instant scheduled for it, or that none is. Subject ids are customer
 * data, which is why this is TRACE and never more; with TRACE off the tracker spends nothing on logging.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class MembershipTracker<T> {

    private static final Comparator<Tracked<?>> BY_NEXT =
            Comparator.<Tracked<?>, Instant>comparing(t -> t.next).thenComparingLong(t -> t.sequence);

    private static final Logger log = LoggerFactory.getLogger(MembershipTracker.class);

    private final SegmentEngine<T> engine;
    private final Function<? super T, String> idOf;
    private final ZoneId zone;
    private final ChangePoints<T> changePoints;
    private final Map<Segment<T>, Integer> indexes = new HashMap<>();
    private final int[] sizes;
    private final List<MembershipListener<T>> listeners = new CopyOnWriteArrayList<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Tracked<T>> subjects = new HashMap<>();
    private final NavigableSet<Tracked<T>> due = new TreeSet<>(BY_NEXT);
    private Instant time;
    private long sequence;
    private boolean dispatching;

    private MembershipTracker(SegmentEngine<T> engine, Function<? super T, String> idOf, ZoneId zone) {
        this.engine = checkNotNull(engine, "engine");
        this.idOf = checkNotNull(idOf, "id");
        this.zone = checkNotNull(zone, "zone");
        List<Segment<T>> segments = engine.segments();
        List<io.segmentation.Criterion<T>> criteria = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            indexes.put(segments.get(i), i);
            criteria.add(segments.get(i).criterion());
        }
        this.sizes = new int[segments.size()];
        this.changePoints = ChangePoints.of(criteria);
    }

    /**
     * A tracker of customers, identified by {@link Customer#id()}, with calendar rules in UTC.
     *
     * @param engine the segments to track
     * @return the tracker, with no subjects and no listeners
     * @since 0.1.0
     */
    public static MembershipTracker<Customer> over(SegmentEngine<Customer> engine) {
        return over(engine, ZoneOffset.UTC);
    }

    /**
     * A tracker of customers, identified by {@link Customer#id()}, with calendar rules (ages, days, {@code today},
     * months) in a zone.
     *
     * @param engine the segments to track
     * @param zone the zone of every evaluation
     * @return the tracker, with no subjects and no listeners
     * @since 0.1.0
     */
    public static MembershipTracker<Customer> over(SegmentEngine<Customer> engine, ZoneId zone) {
        return new MembershipTracker<>(engine, Customer::id, zone);
    }

    /**
     * A tracker of any kind of subject, with calendar rules in UTC.
     *
     * @param engine the segments to track
     * @param id the id of a subject: never null, and the same for every profile of one subject
     * @param <T> the subject type
     * @return the tracker, with no subjects and no listeners
     * @since 0.1.0
     */
    public static <T> MembershipTracker<T> over(SegmentEngine<T> engine, Function<? super T, String> id) {
        return over(engine, id, ZoneOffset.UTC);
    }

    /**
     * A tracker of any kind of subject, with calendar rules in a zone.
     *
     * @param engine the segments to track
     * @param id the id of a subject: never null, and the same for every profile of one subject
     * @param zone the zone of every evaluation
     * @param <T> the subject type
     * @return the tracker, with no subjects and no listeners
     * @since 0.1.0
     */
    public static <T> MembershipTracker<T> over(SegmentEngine<T> engine, Function<? super T, String> id, ZoneId zone) {
        return new MembershipTracker<>(engine, id, zone);
    }

    /**
     * Registers a listener for the changes from now on; registering one already registered has no effect.
     *
     * @param listener the listener
     * @since 0.1.0
     */
    public void addListener(MembershipListener<T> listener) {
        checkNotNull(listener, "listener");
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    /**
     * Unregisters a listener; it hears of no change reported after this returns.
     *
     * @param listener the listener
     * @return whether it was registered
     * @since 0.1.0
     */
    public boolean removeListener(MembershipListener<T> listener) {
        checkNotNull(listener, "listener");
        return listeners.remove(listener);
    }

    /**
     * Feeds a new or changed profile as of {@code at}: first processes everything due up to {@code at} (see
     * {@link #advanceTo}), then evaluates the subject as of {@code at} and reports the segments it entered and left
     * since its previous profile, stamped {@code at}. A subject seen for the first time enters each segment it is in.
     *
     * @param subject the profile; its id identifies the subject
     * @param at the instant the profile is valid from, not before any instant already given to the tracker
     * @throws IllegalArgumentException if {@code at} is before an instant already given, or has no evaluation
     *     context ({@link EvaluationContext#asOf(Instant, ZoneId)})
     * @throws IllegalStateException if called from a listener
     * @since 0.1.0
     */
    public void update(T subject, Instant at) {
        checkNotNull(subject, "subject");
        checkNotNull(at, "at");
        String id = checkNotNull(idOf.apply(subject), "the id of %s is null", subject);
        EvaluationContext context = EvaluationContext.asOf(at, zone);
        Failures failures = new Failures();
        lock.lock();
        try {
            checkFeedable("update", at);
            advance(at, id, failures);
            Tracked<T> tracked = subjects.get(id);
            if (tracked == null) {
                tracked = new Tracked<>(id, sequence++);
                subjects.put(id, tracked);
            }
            tracked.subject = subject;
            evaluate(tracked, context, failures);
            time = at;
        } finally {
            lock.unlock();
        }
        failures.rethrow();
    }

    /**
     * Forgets a subject as of {@code at}: first processes everything due up to {@code at} (see {@link #advanceTo}),
     * then reports that it left each segment it was in, stamped {@code at}.
     *
     * @param id the subject's id
     * @param at the instant of removal, not before any instant already given to the tracker
     * @return whether the subject was tracked
     * @throws IllegalArgumentException if {@code at} is before an instant already given
     * @throws IllegalStateException if called from a listener
     * @since 0.1.0
     */
    public boolean remove(String id, Instant at) {
        checkNotNull(id, "id");
        checkNotNull(at, "at");
        Failures failures = new Failures();
        boolean removed;
        lock.lock();
        try {
            checkFeedable("remove", at);
            advance(at, id, failures);
            Tracked<T> tracked = subjects.remove(id);
            removed = tracked != null;
            if (removed) {
                if (tracked.next != null) {
                    due.remove(tracked);
                }
                List<MembershipChange<T>> changes = new ArrayList<>();
                for (Segment<T> s : tracked.memberships(engine.segments())) {
                    sizes[indexes.get(s)]--;
                    changes.add(new MembershipChange.Exited<>(id, tracked.subject, s, at));
                }
                dispatch(changes, failures);
            }
            time = at;
        } finally {
            lock.unlock();
        }
        failures.rethrow();
        return removed;
    }

    /**
     * Lets time pass up to {@code now}: every subject with an answer that can change at or before {@code now} is
     * evaluated at each such instant, in time order, and its changes are reported stamped with that instant.
     *
     * @param now the instant reached, not before any instant already given to the tracker
     * @throws IllegalArgumentException if {@code now} is before an instant already given
     * @throws IllegalStateException if called from a listener
     * @since 0.1.0
     */
    public void advanceTo(Instant now) {
        checkNotNull(now, "now");
        Failures failures = new Failures();
        lock.lock();
        try {
            checkFeedable("advanceTo", now);
            advance(now, null, failures);
            time = now;
        } finally {
            lock.unlock();
        }
        failures.rethrow();
    }

    /**
     * The segments a subject is in as of the latest instant processed, in the engine's order.
     *
     * @param id the subject's id
     * @return an immutable set, empty for an unknown subject
     * @since 0.1.0
     */
    public Set<Segment<T>> memberships(String id) {
        checkNotNull(id, "id");
        lock.lock();
        try {
            Tracked<T> tracked = subjects.get(id);
            return tracked == null ? ImmutableSet.of() : tracked.memberships(engine.segments());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The number of tracked subjects in a segment.
     *
     * @param segment one of the engine's segments
     * @return the number of members
     * @throws IllegalArgumentException if the segment is not one of the engine's
     * @since 0.1.0
     */
    public int size(Segment<T> segment) {
        checkNotNull(segment, "segment");
        Integer i = indexes.get(segment);
        checkArgument(
                i != null,
                "segment %s is not one of this tracker's engine's",
                segment.name().map(n -> "'" + n + "'").orElseGet(segment::toString));
        lock.lock();
        try {
            return sizes[i];
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next instant at which the tracker will evaluate a subject again without new data: the earliest instant
     * after the latest one processed for it at which one of its answers can change (it may turn out not to).
     *
     * @param id the subject's id
     * @return the instant, or empty for an unknown subject or one whose answers only change with new data
     * @since 0.1.0
     */
    public Optional<Instant> nextEvaluation(String id) {
        checkNotNull(id, "id");
        lock.lock();
        try {
            Tracked<T> tracked = subjects.get(id);
            return tracked == null ? Optional.empty() : Optional.ofNullable(tracked.next);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The latest instant given to the tracker; later calls may not be earlier.
     *
     * @return the instant, or empty before the first call
     * @since 0.1.0
     */
    public Optional<Instant> time() {
        lock.lock();
        try {
            return Optional.ofNullable(time);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The zone of calendar rules.
     *
     * @return the zone
     * @since 0.1.0
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The engine whose segments are tracked.
     *
     * @return the engine
     * @since 0.1.0
     */
    public SegmentEngine<T> engine() {
        return engine;
    }

    private void checkFeedable(String call, Instant at) {
        checkState(
                !dispatching, "%s(...) called from a membership listener; listeners must not feed the tracker", call);
        if (time != null && at.isBefore(time)) {
            throw new IllegalArgumentException(call + " at " + at + " is before " + time
                    + ", the latest instant already given to the tracker; time never moves backwards");
        }
    }

    /**
     * Processes every subject due at or before {@code limit}, in time order. The subject {@code skip}, about to be
     * evaluated at {@code limit} with new data, is not evaluated there with its old data.
     */
    private void advance(Instant limit, String skip, Failures failures) {
        while (!due.isEmpty() && !due.first().next.isAfter(limit)) {
            Tracked<T> tracked = due.pollFirst();
            Instant at = tracked.next;
            tracked.next = null;
            if (at.equals(limit) && tracked.id.equals(skip)) {
                continue;
            }
            time = at;
            evaluate(tracked, EvaluationContext.asOf(at, zone), failures);
        }
    }

    /** Evaluates a subject at {@code at}, records and reports the differences, and schedules its next instant. */
    private void evaluate(Tracked<T> tracked, EvaluationContext context, Failures failures) {
        Instant at = context.asOf();
        long[] now = engine.matchingBits(tracked.subject, context);
        List<MembershipChange<T>> changes = new ArrayList<>();
        if (!Arrays.equals(now, tracked.bits)) {
            List<Segment<T>> segments = engine.segments();
            // Exits before entries, each in engine order.
            for (int pass = 0; pass < 2; pass++) {
                for (int w = 0; w < now.length; w++) {
                    long before = tracked.bits == null ? 0L : tracked.bits[w];
                    long flipped = pass == 0 ? before & ~now[w] : now[w] & ~before;
                    while (flipped != 0) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(flipped);
                        flipped &= flipped - 1;
                        Segment<T> s = segments.get(i);
                        if (pass == 0) {
                            sizes[i]--;
                            changes.add(new MembershipChange.Exited<>(tracked.id, tracked.subject, s, at));
                        } else {
                            sizes[i]++;
                            changes.add(new MembershipChange.Entered<>(tracked.id, tracked.subject, s, at));
                        }
                    }
                }
            }
            tracked.bits = now;
            tracked.memberships = null;
        }
        if (tracked.next != null) {
            due.remove(tracked);
        }
        tracked.next = changePoints.nextAfter(tracked.subject, context).orElse(null);
        if (tracked.next != null) {
            due.add(tracked);
        }
        if (log.isTraceEnabled()) {
            log.trace(
                    "subject '{}' evaluated at {}: {} membership changes; next evaluation {}",
                    tracked.id,
                    at,
                    changes.size(),
                    tracked.next == null ? "none scheduled" : "scheduled at " + tracked.next);
        }
        dispatch(changes, failures);
    }

    private void dispatch(List<MembershipChange<T>> changes, Failures failures) {
        if (changes.isEmpty() || listeners.isEmpty()) {
            return;
        }
        dispatching = true;
        try {
            for (MembershipChange<T> change : changes) {
                for (MembershipListener<T> listener : listeners) {
                    try {
                        listener.onChange(change);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }
        } finally {
            dispatching = false;
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "MembershipTracker[" + engine.segments().size() + " segments, " + subjects.size()
                    + " subjects, zone " + zone + ", time " + time + "]";
        } finally {
            lock.unlock();
        }
    }

    /** One subject: its latest profile, its memberships and when to look at it again. */
    private static final class Tracked<T> {
        final String id;
        final long sequence;
        T subject;
        long[] bits;
        ImmutableSet<Segment<T>> memberships = ImmutableSet.of();
        Instant next;

        /** The segments the bits stand for, built when first asked. */
        ImmutableSet<Segment<T>> memberships(List<Segment<T>> segments) {
            if (memberships == null) {
                ImmutableSet.Builder<Segment<T>> set = ImmutableSet.builder();
                for (int i = 0; i < segments.size(); i++) {
                    if ((bits[i >>> 6] & (1L << i)) != 0) {
                        set.add(segments.get(i));
                    }
                }
                memberships = set.build();
            }
            return memberships;
        }

        Tracked(String id, long sequence) {
            this.id = id;
            this.sequence = sequence;
        }
    }

    /** Exceptions thrown by listeners during one call, rethrown once the call is done. */
    private static final class Failures {
        private RuntimeException first;

        void add(RuntimeException e) {
            if (first == null) {
                first = e;
            } else if (first != e) {
                first.addSuppressed(e);
            }
        }

        void rethrow() {
            if (first != null) {
                throw first;
            }
        }
    }
}
