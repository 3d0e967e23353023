package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.internal.describe.Format;
import io.segmentation.internal.vocabulary.Definition;
import io.segmentation.internal.vocabulary.Readers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A named, typed way to read a value from a subject, which may be absent. The family of an attribute decides the
 * operators it offers, so a wrong-typed literal does not compile: {@link NumberAttribute numbers} have
 * {@code between}/{@code atLeast}…, {@link TextAttribute texts} {@code is}/{@code startsWith}/{@code matches}…,
 * {@link BooleanAttribute booleans} {@code isTrue}, {@link InstantAttribute instants} {@code before}/{@code within}…,
 * {@link SetAttribute sets} {@code contains}…; all have {@link #isPresent()} and {@link #isMissing()}.
 *
 * <p>Built-in attributes of {@link io.segmentation.customer.Customer} live in {@link io.segmentation.Attributes}.
 * Define your own over any type with the factories here; the whole DSL then works over your type:
 *
 * <pre>{@code
 * NumberAttribute<Account> points = Attribute.number("points", Account::points);   // null means missing
 * Segment<Account> gold = Segment.where(points.atLeast(1_000)).named("gold");
 * }</pre>
 *
 * <p>An attribute is identified by its family, {@link #name()} and {@link #parameters()} (such as a time window):
 * two attributes with the same identity are equal, whatever functions read them. Names are identifiers
 * ({@code [A-Za-z_][A-Za-z0-9_]*}) so they can be written in text queries. Attributes are immutable and thread-safe;
 * reading functions must be too.
 *
 * <p><b>One identity, one attribute.</b> Segments, engines, indexes, trackers and registries refuse two
 * <em>different</em> attributes with the same identity, with an {@link IllegalArgumentException} naming both and where
 * each came from, rather than let them share one column. Two equal attributes are the same attribute when they are
 * the same object; when they are built-ins (from {@link io.segmentation.Attributes}); when they were made by the
 * factories here with the same getter object and the same time dependence; or when they are instances of the same
 * subclass. So define each of your attributes once, as a constant, and reuse it; two calls of a factory with two
 * different lambdas make two different attributes, even when the lambdas read the same field:
 *
 * <pre>{@code
 * static final NumberAttribute<Account> ORDERS = Attribute.number("orders", Account::orders);    // define once
 * Attribute.number("orders", Account::orders).equals(ORDERS);                   // true: same identity
 * SegmentEngine.of(List.of(Segment.where(ORDERS.atLeast(5)).named("a"),
 *                          Segment.where(Attribute.number("orders", a -> a.returns()).atLeast(5)).named("b")));
 * // IllegalArgumentException: two different attributes with the identity 'orders' ...
 * }</pre>
 *
 * <p>Each attribute also declares how its value moves with the evaluation time ({@link #timeDependence()}) and what
 * it costs to read ({@link #cost()}); attributes that read the evaluation time are made with
 * {@link #number(String, BiFunction, TimeDependence)} or {@link #number(String, BiFunction, ChangeInstants)} and
 * friends, and a {@link io.segmentation.engine.MembershipTracker} schedules them.
 *
 * @param <T> the subject type
 * @param <V> the value type
 * @since 0.1.0
 */
public abstract class Attribute<T, V> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final Class<V> valueType;
    private final ImmutableList<Object> parameters;

    /**
     * Creates an attribute.
     *
     * @param name the name, an identifier
     * @param valueType the value type
     * @param parameters what distinguishes attributes of the same name (a window, a product id…), may be empty
     */
    protected Attribute(String name, Class<V> valueType, List<?> parameters) {
        checkNotNull(name, "name");
        checkArgument(
                NAME.matcher(name).matches(),
                "attribute name '%s' is not an identifier ([A-Za-z_][A-Za-z0-9_]*)",
                name);
        this.name = name;
        this.valueType = checkNotNull(valueType, "valueType");
        this.parameters = ImmutableList.copyOf(checkNotNull(parameters, "parameters"));
    }

    /**
     * Calls a user's getter; what it throws is wrapped, naming the attribute and the subject.
     *
     * @throws AttributeReadException if the getter throws
     */
    private static <T, R> R read(String name, Function<? super T, ? extends R> getter, T subject) {
        try {
            return getter.apply(subject);
        } catch (RuntimeException e) {
            throw new AttributeReadException(name, subject, e);
        }
    }

    /**
     * A number attribute read by {@code getter}; a {@code null} result (or {@code NaN}) means missing. An exception
     * thrown by the getter surfaces as an {@link AttributeReadException} naming the attribute and the subject.
     *
     * @param name the name, an identifier
     * @param getter reads the value
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> NumberAttribute<T> number(String name, Function<? super T, ? extends Number> getter) {
        checkNotNull(getter, "getter");
        return Readers.number(
                userDefinition("Attribute.number", name, getter, TimeDependence.none(), null),
                ImmutableList.of(),
                (subject, context) -> {
                    Number n = read(name, getter, subject);
                    return n == null ? Double.NaN : n.doubleValue();
                });
    }

    /**
     * A text attribute read by {@code getter}; a {@code null} result means missing.
     * An exception thrown by the getter surfaces as an {@link AttributeReadException}.
     *
     * @param name the name, an identifier
     * @param getter reads the value
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> TextAttribute<T> text(String name, Function<? super T, String> getter) {
        checkNotNull(getter, "getter");
        return Readers.text(
                userDefinition("Attribute.text", name, getter, TimeDependence.none(), null),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject));
    }

    /**
     * A boolean attribute read by {@code getter}; a {@code null} result means missing.
     * An exception thrown by the getter surfaces as an {@link AttributeReadException}.
     *
     * @param name the name, an identifier
     * @param getter reads the value
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> BooleanAttribute<T> bool(String name, Function<? super T, Boolean> getter) {
        checkNotNull(getter, "getter");
        return Readers.bool(
                userDefinition("Attribute.bool", name, getter, TimeDependence.none(), null),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject));
    }

    /**
     * An instant attribute read by {@code getter}; a {@code null} result means missing.
     * An exception thrown by the getter surfaces as an {@link AttributeReadException}.
     *
     * @param name the name, an identifier
     * @param getter reads the value
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> InstantAttribute<T> instant(String name, Function<? super T, Instant> getter) {
        checkNotNull(getter, "getter");
        return Readers.instant(
                userDefinition("Attribute.instant", name, getter, TimeDependence.none(), null),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject));
    }

    /**
     * A set-of-texts attribute read by {@code getter}; a {@code null} result means missing, an empty collection is
     * an empty set. An exception thrown by the getter surfaces as an {@link AttributeReadException}.
     *
     * @param name the name, an identifier
     * @param getter reads the value
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> SetAttribute<T> set(String name, Function<? super T, ? extends Collection<String>> getter) {
        checkNotNull(getter, "getter");
        return Readers.set(
                userDefinition("Attribute.set", name, getter, TimeDependence.none(), null),
                ImmutableList.of(),
                (subject, context) -> {
                    Collection<String> values = read(name, getter, subject);
                    return values == null ? null : SetAttribute.asSet(values);
                });
    }

    /**
     * A number attribute whose getter also reads the evaluation context, with a declared time dependence; a
     * {@code null} result (or {@code NaN}) means missing. Use it for values that move with the evaluation time and
     * whose change instants you cannot give: a {@link io.segmentation.engine.MembershipTracker} re-evaluates them at
     * the declared {@linkplain TimeDependence#reevaluatedEvery(java.time.Duration) cadence}. When you can say where the
     * value changes, prefer {@link #number(String, BiFunction, ChangeInstants)}.
     *
     * <pre>{@code
     * NumberAttribute<Account> daysSinceSignup = Attribute.number(
     *         "days_since_signup",
     *         (account, context) -> ChronoUnit.DAYS.between(account.signupDate(), context.today()),
     *         TimeDependence.reevaluatedEvery(Duration.ofDays(1)));   // looked at again every local midnight
     * }</pre>
     *
     * <p>An exception thrown by the getter surfaces as an {@link AttributeReadException}, as with
     * {@link #number(String, Function)}.
     *
     * @param name the name, an identifier
     * @param getter reads the value as of {@code context.asOf()}, in {@code context.zone()}
     * @param timeDependence how the value moves with the evaluation time alone
     * @param <T> the subject type
     * @return the attribute
     * @throws IllegalArgumentException if {@code timeDependence} is
     *     {@link TimeDependence.Kind#CHANGES_AT_COMPUTABLE_INSTANTS}: give the instants with a {@link ChangeInstants}
     * @since 0.2.0
     */
    public static <T> NumberAttribute<T> number(
            String name,
            BiFunction<? super T, EvaluationContext, ? extends Number> getter,
            TimeDependence timeDependence) {
        checkNotNull(getter, "getter");
        return Readers.number(
                userDefinition("Attribute.number", name, getter, declared(name, timeDependence), null),
                ImmutableList.of(),
                (subject, context) -> asDouble(read(name, getter, subject, context)));
    }

    /**
     * A number attribute whose getter also reads the evaluation context, and that changes at instants it gives: a
     * {@link io.segmentation.engine.MembershipTracker} re-evaluates a subject exactly at
     * {@link ChangeInstants#nextAfter}. Its time dependence is
     * {@link TimeDependence.Kind#CHANGES_AT_COMPUTABLE_INSTANTS}.
     *
     * <pre>{@code
     * NumberAttribute<Account> daysSinceSignup = Attribute.number(
     *         "days_since_signup",
     *         (account, context) -> ChronoUnit.DAYS.between(account.signupDate(), context.today()),
     *         (account, context) -> Optional.of(context.today().plusDays(1).atStartOfDay(context.zone()).toInstant()));
     * }</pre>
     *
     * @param name the name, an identifier
     * @param getter reads the value as of {@code context.asOf()}, in {@code context.zone()}
     * @param changes where the value can change next, for a subject at an evaluation time
     * @param <T> the subject type
     * @return the attribute
     * @since 0.2.0
     */
    public static <T> NumberAttribute<T> number(
            String name,
            BiFunction<? super T, EvaluationContext, ? extends Number> getter,
            ChangeInstants<? super T> changes) {
        checkNotNull(getter, "getter");
        checkNotNull(changes, "changes");
        return Readers.number(
                userDefinition("Attribute.number", name, getter, TimeDependence.changesAtComputableInstants(), changes),
                ImmutableList.of(),
                (subject, context) -> asDouble(read(name, getter, subject, context)));
    }

    /**
     * A boolean attribute whose getter also reads the evaluation context, with a declared time dependence (see
     * {@link #number(String, BiFunction, TimeDependence)}); a {@code null} result means missing.
     *
     * @param name the name, an identifier
     * @param getter reads the value as of {@code context.asOf()}
     * @param timeDependence how the value moves with the evaluation time alone
     * @param <T> the subject type
     * @return the attribute
     * @throws IllegalArgumentException if {@code timeDependence} is
     *     {@link TimeDependence.Kind#CHANGES_AT_COMPUTABLE_INSTANTS}: give the instants with a {@link ChangeInstants}
     * @since 0.2.0
     */
    public static <T> BooleanAttribute<T> bool(
            String name, BiFunction<? super T, EvaluationContext, Boolean> getter, TimeDependence timeDependence) {
        checkNotNull(getter, "getter");
        return Readers.bool(
                userDefinition("Attribute.bool", name, getter, declared(name, timeDependence), null),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject, context));
    }

    /**
     * A boolean attribute whose getter also reads the evaluation context, and that changes at instants it gives (see
     * {@link #number(String, BiFunction, ChangeInstants)}).
     *
     * @param name the name, an identifier
     * @param getter reads the value as of {@code context.asOf()}
     * @param changes where the value can change next, for a subject at an evaluation time
     * @param <T> the subject type
     * @return the attribute
     * @since 0.2.0
     */
    public static <T> BooleanAttribute<T> bool(
            String name, BiFunction<? super T, EvaluationContext, Boolean> getter, ChangeInstants<? super T> changes) {
        checkNotNull(getter, "getter");
        checkNotNull(changes, "changes");
        return Readers.bool(
                userDefinition("Attribute.bool", name, getter, TimeDependence.changesAtComputableInstants(), changes),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject, context));
    }

    /**
     * A text attribute whose getter also reads the evaluation context, with a declared time dependence (see
     * {@link #number(String, BiFunction, TimeDependence)}); a {@code null} result means missing.
     *
     * @param name the name, an identifier
     * @param getter reads the value as of {@code context.asOf()}
     * @param timeDependence how the value moves with the evaluation time alone
     * @param <T> the subject type
     * @return the attribute
     * @throws IllegalArgumentException if {@code timeDependence} is
     *     {@link TimeDependence.Kind#CHANGES_AT_COMPUTABLE_INSTANTS}: give the instants with a {@link ChangeInstants}
     * @since 0.2.0
     */
    public static <T> TextAttribute<T> text(
            String name, BiFunction<? super T, EvaluationContext, String> getter, TimeDependence timeDependence) {
        checkNotNull(getter, "getter");
        return Readers.text(
                userDefinition("Attribute.text", name, getter, declared(name, timeDependence), null),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject, context));
    }

    /**
     * A text attribute whose getter also reads the evaluation context, and that changes at instants it gives (see
     * {@link #number(String, BiFunction, ChangeInstants)}).
     *
     * @param name the name, an identifier
     * @param getter reads the value as of {@code context.asOf()}
     * @param changes where the value can change next, for a subject at an evaluation time
     * @param <T> the subject type
     * @return the attribute
     * @since 0.2.0
     */
    public static <T> TextAttribute<T> text(
            String name, BiFunction<? super T, EvaluationContext, String> getter, ChangeInstants<? super T> changes) {
        checkNotNull(getter, "getter");
        checkNotNull(changes, "changes");
        return Readers.text(
                userDefinition("Attribute.text", name, getter, TimeDependence.changesAtComputableInstants(), changes),
                ImmutableList.of(),
                (subject, context) -> read(name, getter, subject, context));
    }

    /** Reads with a getter of the evaluation context; an exception it throws names the attribute and subject. */
    private static <T, R> R read(
            String name,
            BiFunction<? super T, EvaluationContext, ? extends R> getter,
            T subject,
            EvaluationContext context) {
        try {
            return getter.apply(subject, context);
        } catch (RuntimeException e) {
            throw new AttributeReadException(name, subject, e);
        }
    }

    private static double asDouble(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }

    private static TimeDependence declared(String name, TimeDependence timeDependence) {
        checkNotNull(timeDependence, "timeDependence");
        checkArgument(
                timeDependence.kind() != TimeDependence.Kind.CHANGES_AT_COMPUTABLE_INSTANTS,
                "attribute '%s': %s needs its instants; pass a ChangeInstants instead",
                name,
                timeDependence);
        return timeDependence;
    }

    private static Definition userDefinition(
            String factory, String name, Object getter, TimeDependence timeDependence, ChangeInstants<?> changes) {
        return Definition.user(factory, name, getter, timeDependence, changes);
    }

    /**
     * The attribute's name, e.g. {@code age} or {@code purchases}.
     *
     * @return the name
     */
    public final String name() {
        return name;
    }

    /**
     * The type of the values read.
     *
     * @return the value type
     */
    public final Class<V> valueType() {
        return valueType;
    }

    /**
     * What distinguishes this attribute from others of the same name: a time window, an event type, a product id,
     * a point to measure distance from. Empty for plain attributes.
     *
     * @return the parameters, immutable
     */
    public final List<Object> parameters() {
        return parameters;
    }

    /**
     * How this attribute's value moves with the evaluation time alone, while the subject's data stays the same: what a
     * {@link io.segmentation.engine.MembershipTracker} reads to know when to re-evaluate a subject. Built-in
     * attributes declare theirs ({@code age} and windowed aggregates change at computable instants); attributes made
     * with {@link #number(String, BiFunction, TimeDependence)} and friends return what they were given. The default is
     * {@link TimeDependence#none()}: a subclass whose {@link #read} uses the evaluation time overrides this, e.g. with
     * {@code TimeDependence.reevaluatedEvery(Duration.ofDays(1))}.
     *
     * @return the time dependence
     * @since 0.2.0
     */
    public TimeDependence timeDependence() {
        return TimeDependence.none();
    }

    /**
     * How expensive this attribute is to read, relative to others: the compiled matcher tests cheap operands first.
     * The default is {@link Cost#CHEAP}; built-ins declare theirs, and a subclass that does real work overrides this.
     *
     * @return the cost class
     * @since 0.2.0
     */
    public Cost cost() {
        return Cost.CHEAP;
    }

    /**
     * Reads the value of this attribute for a subject — the one method implementations provide. This is the
     * engine's hot path, so absence is {@code null} rather than an {@link Optional}; callers outside the engine
     * should use {@link #valueOf}.
     *
     * @param subject the subject, never null
     * @param context the evaluation context, never null
     * @return the value, or {@code null} when the subject has none
     */
    public abstract V read(T subject, EvaluationContext context);

    /**
     * Reads the value of this attribute for a subject.
     *
     * @param subject the subject
     * @param context the evaluation context
     * @return the value, empty when missing
     */
    public final Optional<V> valueOf(T subject, EvaluationContext context) {
        return Optional.ofNullable(read(checkNotNull(subject, "subject"), checkNotNull(context, "context")));
    }

    /**
     * True when the subject has a value for this attribute.
     *
     * @return the criterion
     */
    public final Criterion<T> isPresent() {
        return new Criterion.Presence<>(this, true);
    }

    /**
     * True when the subject has no value for this attribute (the complement of {@link #isPresent()}).
     *
     * @return the criterion
     */
    public final Criterion<T> isMissing() {
        return new Criterion.Presence<>(this, false);
    }

    /**
     * Builds a comparison, re-throwing validation failures of the condition with the call and this attribute's
     * name, e.g. {@code between(25, 18): lower bound 25 exceeds upper bound 18 for attribute 'age'}.
     *
     * @param call the operator call as written, for messages
     * @param condition creates (and so validates) the condition
     * @return the comparison criterion
     */
    protected final Criterion<T> compare(String call, Supplier<? extends Condition<V>> condition) {
        Condition<V> built;
        try {
            built = condition.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(call + ": " + e.getMessage() + " for attribute '" + this + "'", e);
        } catch (NullPointerException e) {
            NullPointerException npe = new NullPointerException(call + ": "
                    + Objects.requireNonNullElse(e.getMessage(), "argument") + " is null for attribute '" + this + "'");
            npe.initCause(e);
            throw npe;
        }
        return new Criterion.Comparison<>(this, built);
    }

    /**
     * Checks an operator's argument, naming the operator and this attribute: {@code before(null): instant is null for
     * attribute 'last_purchase'}.
     */
    final <A> A required(A value, String operator, String parameter) {
        if (value == null) {
            throw new NullPointerException(operator + "(null): " + parameter + " is null for attribute '" + this + "'");
        }
        return value;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Attribute<?, ?> other
                && getFamily().equals(other.getFamily())
                && name.equals(other.name)
                && valueType.equals(other.valueType)
                && parameters.equals(other.parameters);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getFamily(), name, valueType, parameters);
    }

    /** The name, followed by the parameters in parentheses when there are any: {@code purchases(last 30d)}. */
    @Override
    public final String toString() {
        if (parameters.isEmpty()) {
            return name;
        }
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(Format.value(parameters.get(i)));
        }
        return s.append(')').toString();
    }

    /** The public family class, so that anonymous implementations of one family compare equal by identity. */
    abstract Class<?> getFamily();
}
