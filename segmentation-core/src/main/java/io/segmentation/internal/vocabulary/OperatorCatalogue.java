package io.segmentation.internal.vocabulary;

import static io.segmentation.attribute.ValueType.BOOLEAN;
import static io.segmentation.attribute.ValueType.INSTANT;
import static io.segmentation.attribute.ValueType.NUMBER;
import static io.segmentation.attribute.ValueType.SET;
import static io.segmentation.attribute.ValueType.TEXT;
import static io.segmentation.internal.vocabulary.OperatorWords.numberAt;
import static io.segmentation.internal.vocabulary.OperatorWords.onBool;
import static io.segmentation.internal.vocabulary.OperatorWords.onInstant;
import static io.segmentation.internal.vocabulary.OperatorWords.onNumber;
import static io.segmentation.internal.vocabulary.OperatorWords.onSet;
import static io.segmentation.internal.vocabulary.OperatorWords.onText;
import static io.segmentation.internal.vocabulary.OperatorWords.pointAt;
import static io.segmentation.internal.vocabulary.OperatorWords.textOf;
import static io.segmentation.internal.vocabulary.OperatorWords.words;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.segmentation.BooleanCondition;
import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.ValueType;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every operator's words, in one table: one row per condition record (plus the criterion-level presence test), with
 * the names the Java DSL, the query language, the JSON schema, react-querybuilder and English use for it. The
 * printer, the query reader, the JSON codecs and the explanation phrases read their words here, so an operator is
 * spelled in one place.
 *
 * <p>Text and English forms are templates: {@code {0}} and {@code {1}} stand for the operands as each consumer writes
 * them (the query language quotes and escapes texts, English writes {@code 30d ago} for a relative time). The
 * operands of a condition are {@link #operands(Object)}, in template order. A row's <em>negated</em> forms say the
 * complement ({@code !=}, {@code NOT IN}, {@code does not start with}); where a vocabulary has none, the field is
 * {@code null}. Text conditions that can ignore case have the suffixes {@link #TEXT_IGNORING_CASE} and
 * {@link #ENGLISH_IGNORING_CASE} and a second DSL and JSON name.
 *
 * <p>Each row also calls its DSL method ({@link #call}): the query reader and the JSON readers read operands into
 * Java values by the row's {@link #shape()} and build the criterion through the attribute, as Java code does.
 *
 * <p>To add an operator: add its record to its family's sealed interface and its DSL method to the family's
 * attribute class, then a row here; {@code OperatorCatalogueTest} fails until the row exists and every name in it is
 * accepted by the DSL, the query reader and the JSON readers, and the operator tables of {@code docs/} list it.
 */
public enum OperatorCatalogue {
    NUMBER_BETWEEN(
            NumberCondition.Between.class,
            NUMBER,
            Shape.PAIR,
            c -> List.of(c.lower(), c.upper()),
            words().dsl("between")
                    .call(onNumber((a, o, ic) -> a.between(numberAt(o, 0), numberAt(o, 1))))
                    .text("BETWEEN {0} AND {1}", null)
                    .json("between")
                    .rqb("between", "notBetween")
                    .english("is between {0} and {1}", "is not between {0} and {1}")),
    NUMBER_AT_LEAST(
            NumberCondition.AtLeast.class,
            NUMBER,
            Shape.ONE,
            c -> List.of(c.bound()),
            words().dsl("atLeast")
                    .call(onNumber((a, o, ic) -> a.atLeast(numberAt(o, 0))))
                    .text(">= {0}", null)
                    .json("atLeast")
                    .rqb(">=", null)
                    .english("is at least {0}", "is not at least {0}")),
    NUMBER_AT_MOST(
            NumberCondition.AtMost.class,
            NUMBER,
            Shape.ONE,
            c -> List.of(c.bound()),
            words().dsl("atMost")
                    .call(onNumber((a, o, ic) -> a.atMost(numberAt(o, 0))))
                    .text("<= {0}", null)
                    .json("atMost")
                    .rqb("<=", null)
                    .english("is at most {0}", "is not at most {0}")),
    NUMBER_GREATER_THAN(
            NumberCondition.GreaterThan.class,
            NUMBER,
            Shape.ONE,
            c -> List.of(c.bound()),
            words().dsl("greaterThan")
                    .call(onNumber((a, o, ic) -> a.greaterThan(numberAt(o, 0))))
                    .text("> {0}", null)
                    .json("greaterThan")
                    .rqb(">", null)
                    .english("is greater than {0}", "is not greater than {0}")),
    NUMBER_LESS_THAN(
            NumberCondition.LessThan.class,
            NUMBER,
            Shape.ONE,
            c -> List.of(c.bound()),
            words().dsl("lessThan")
                    .call(onNumber((a, o, ic) -> a.lessThan(numberAt(o, 0))))
                    .text("< {0}", null)
                    .json("lessThan")
                    .rqb("<", null)
                    .english("is less than {0}", "is not less than {0}")),
    NUMBER_IS(
            NumberCondition.Is.class,
            NUMBER,
            Shape.ONE,
            c -> List.of(c.expected()),
            words().dsl("is")
                    .call(onNumber((a, o, ic) -> a.is(numberAt(o, 0))))
                    .text("= {0}", "!= {0}")
                    .textAliases(List.of(), List.of("<> {0}"))
                    .json("is")
                    .rqb("=", "!=")
                    .english("is {0}", "is not {0}")),
    NUMBER_IN(
            NumberCondition.In.class,
            NUMBER,
            Shape.LIST,
            c -> List.of(c.values()),
            words().dsl("in")
                    .call(onNumber((a, o, ic) -> a.in(OperatorWords.<Double>listOf(o))))
                    .text("IN {0}", "NOT IN {0}")
                    .json("in")
                    .rqb("in", "notIn")
                    .english("is one of {0}", "is not one of {0}")),
    TEXT_IS(
            TextCondition.Is.class,
            TEXT,
            Shape.ONE,
            c -> List.of(c.expected()),
            TextCondition.Is::ignoreCase,
            words().dsl("is", "isIgnoringCase")
                    .call(onText((a, o, ic) -> ic ? a.isIgnoringCase(textOf(o)) : a.is(textOf(o))))
                    .text("= {0}", "!= {0}")
                    .textAliases(List.of(), List.of("<> {0}"))
                    .json("is", "isIgnoringCase")
                    .rqb("=", "!=")
                    .english("is {0}", "is not {0}")),
    TEXT_IN(
            TextCondition.In.class,
            TEXT,
            Shape.LIST,
            c -> List.of(c.values()),
            TextCondition.In::ignoreCase,
            words().dsl("in", "inIgnoringCase")
                    .call(onText((a, o, ic) -> ic
                            ? a.inIgnoringCase(OperatorWords.<String>listOf(o))
                            : a.in(OperatorWords.<String>listOf(o))))
                    .text("IN {0}", "NOT IN {0}")
                    .json("in", "inIgnoringCase")
                    .rqb("in", "notIn")
                    .english("is one of {0}", "is not one of {0}")),
    TEXT_STARTS_WITH(
            TextCondition.StartsWith.class,
            TEXT,
            Shape.ONE,
            c -> List.of(c.prefix()),
            TextCondition.StartsWith::ignoreCase,
            words().dsl("startsWith", "startsWithIgnoringCase")
                    .call(onText((a, o, ic) -> ic ? a.startsWithIgnoringCase(textOf(o)) : a.startsWith(textOf(o))))
                    .text("STARTS WITH {0}", null)
                    .json("startsWith", "startsWithIgnoringCase")
                    .rqb("beginsWith", "doesNotBeginWith")
                    .english("starts with {0}", "does not start with {0}")),
    TEXT_ENDS_WITH(
            TextCondition.EndsWith.class,
            TEXT,
            Shape.ONE,
            c -> List.of(c.suffix()),
            TextCondition.EndsWith::ignoreCase,
            words().dsl("endsWith", "endsWithIgnoringCase")
                    .call(onText((a, o, ic) -> ic ? a.endsWithIgnoringCase(textOf(o)) : a.endsWith(textOf(o))))
                    .text("ENDS WITH {0}", null)
                    .json("endsWith", "endsWithIgnoringCase")
                    .rqb("endsWith", "doesNotEndWith")
                    .english("ends with {0}", "does not end with {0}")),
    TEXT_CONTAINS(
            TextCondition.Contains.class,
            TEXT,
            Shape.ONE,
            c -> List.of(c.part()),
            TextCondition.Contains::ignoreCase,
            words().dsl("contains", "containsIgnoringCase")
                    .call(onText((a, o, ic) -> ic ? a.containsIgnoringCase(textOf(o)) : a.contains(textOf(o))))
                    .text("CONTAINS {0}", null)
                    .json("contains", "containsIgnoringCase")
                    .rqb("contains", "doesNotContain")
                    .english("contains {0}", "does not contain {0}")),
    TEXT_MATCHES(
            TextCondition.Matches.class,
            TEXT,
            Shape.ONE,
            c -> List.of(c.regex()),
            TextCondition.Matches::ignoreCase,
            words().dsl("matches", "matchesIgnoringCase")
                    .call(onText((a, o, ic) -> ic ? a.matchesIgnoringCase(textOf(o)) : a.matches(textOf(o))))
                    .text("MATCHES {0}", null)
                    .json("matches", "matchesIgnoringCase")
                    .rqb(null, null)
                    .english("matches {0}", "does not match {0}")),
    /**
     * The one boolean condition. Its operand is the expected value, written {@code TRUE}/{@code FALSE} in the query
     * language; the DSL and JSON also name each value ({@code isTrue}, {@code isFalse}), and the query language also
     * reads {@code = true} and {@code != false}.
     */
    BOOLEAN_IS(
            BooleanCondition.Is.class,
            BOOLEAN,
            Shape.ONE,
            c -> List.of(c.expected()),
            words().dsl("is", "isTrue", "isFalse")
                    .call(onBool((a, o, ic) -> a.is((Boolean) o.get(0))))
                    .text("IS {0}", "IS NOT {0}")
                    .textAliases(List.of("= {0}"), List.of("!= {0}", "<> {0}"))
                    .json("is", "isTrue", "isFalse")
                    .rqb("=", "!=")
                    .english("is {0}", "is not {0}")),
    INSTANT_BEFORE(
            InstantCondition.Before.class,
            INSTANT,
            Shape.ONE,
            c -> List.of(c.point()),
            words().dsl("before")
                    .call(onInstant((a, o, ic) -> a.before(pointAt(o, 0))))
                    .text("< {0}", null)
                    .json("before")
                    .rqb("<", null)
                    .english("is before {0}", "is not before {0}")),
    INSTANT_AFTER(
            InstantCondition.After.class,
            INSTANT,
            Shape.ONE,
            c -> List.of(c.point()),
            words().dsl("after")
                    .call(onInstant((a, o, ic) -> a.after(pointAt(o, 0))))
                    .text("> {0}", null)
                    .json("after")
                    .rqb(">", null)
                    .english("is after {0}", "is not after {0}")),
    INSTANT_BETWEEN(
            InstantCondition.Between.class,
            INSTANT,
            Shape.PAIR,
            c -> List.of(c.from(), c.to()),
            words().dsl("between")
                    .call(onInstant((a, o, ic) -> a.between(pointAt(o, 0), pointAt(o, 1))))
                    .text("BETWEEN {0} AND {1}", null)
                    .json("between")
                    .rqb("between", "notBetween")
                    .english("is between {0} and {1}", "is not between {0} and {1}")),
    INSTANT_WITHIN(
            InstantCondition.Within.class,
            INSTANT,
            Shape.ONE,
            c -> List.of(c.duration()),
            words().dsl("within")
                    .call(onInstant((a, o, ic) -> a.within((Duration) o.get(0))))
                    .text("WITHIN {0}", null)
                    .json("within")
                    .rqb(null, null)
                    .english("is within the last {0}", "is not within the last {0}")),
    SET_CONTAINS(
            SetCondition.Contains.class,
            SET,
            Shape.ONE,
            c -> List.of(c.element()),
            words().dsl("contains")
                    .call(onSet((a, o, ic) -> a.contains(textOf(o))))
                    .text("CONTAINS {0}", null)
                    .json("contains")
                    .rqb("contains", "doesNotContain")
                    .english("contains {0}", "does not contain {0}")),
    SET_CONTAINS_ANY(
            SetCondition.ContainsAny.class,
            SET,
            Shape.LIST,
            c -> List.of(c.elements()),
            words().dsl("containsAny")
                    .call(onSet((a, o, ic) -> a.containsAny(OperatorWords.<String>listOf(o))))
                    .text("CONTAINS ANY {0}", null)
                    .json("containsAny")
                    .rqb("in", "notIn")
                    .english("contains any of {0}", "contains none of {0}")),
    SET_CONTAINS_ALL(
            SetCondition.ContainsAll.class,
            SET,
            Shape.LIST,
            c -> List.of(c.elements()),
            words().dsl("containsAll")
                    .call(onSet((a, o, ic) -> a.containsAll(OperatorWords.<String>listOf(o))))
                    .text("CONTAINS ALL {0}", null)
                    .json("containsAll")
                    .rqb(null, null)
                    .english("contains all of {0}", "does not contain all of {0}")),
    SET_IS_EMPTY(
            SetCondition.IsEmpty.class,
            SET,
            Shape.NONE,
            c -> List.of(),
            words().dsl("isEmpty")
                    .call(onSet((a, o, ic) -> a.isEmpty()))
                    .text("IS EMPTY", null)
                    .json("isEmpty")
                    .rqb(null, null)
                    .english("is empty", "is not empty")),
    /**
     * Whether a value is there at all: {@link Criterion.Presence}, for every family. Its affirmed words say
     * <em>present</em> and its negated words <em>missing</em>; the query language also reads {@code IS NOT MISSING}
     * and {@code IS NOT PRESENT}.
     */
    PRESENCE(
            Criterion.Presence.class,
            null,
            Shape.NONE,
            c -> List.of(),
            words().dsl("isPresent", "isMissing")
                    .call((a, o, ic) -> a.isPresent())
                    .text("IS PRESENT", "IS MISSING")
                    .textAliases(List.of("IS NOT MISSING"), List.of("IS NOT PRESENT"))
                    .json("isPresent", "isMissing")
                    .rqb("notNull", "null")
                    .english("is present", "is missing"));

    /** What follows a text condition's operator in the query language when it ignores case. */
    public static final String TEXT_IGNORING_CASE = " IGNORING CASE";

    /** What follows a text condition's English phrase when it ignores case. */
    public static final String ENGLISH_IGNORING_CASE = " (ignoring case)";

    /** How many operands a row's condition has, and how they are grouped. */
    public enum Shape {
        /** No operand: {@code IS EMPTY}. */
        NONE,
        /** One operand: {@code >= 3}, {@code STARTS WITH 'a'}. */
        ONE,
        /** Two operands, low then high: {@code BETWEEN 18 AND 25}. */
        PAIR,
        /** One operand that is a non-empty list: {@code IN (1, 2)}. */
        LIST
    }

    private static final ImmutableMap<Class<?>, OperatorCatalogue> BY_RECORD =
            Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(OperatorCatalogue::record, e -> e));

    private final Class<?> record;
    private final ValueType family;
    private final Shape shape;
    private final Function<Object, List<?>> operands;
    private final Predicate<Object> ignoresCase;
    private final OperatorWords words;

    <C> OperatorCatalogue(
            Class<C> record, ValueType family, Shape shape, Function<C, List<?>> operands, OperatorWords words) {
        this(record, family, shape, operands, null, words);
    }

    <C> OperatorCatalogue(
            Class<C> record,
            ValueType family,
            Shape shape,
            Function<C, List<?>> operands,
            Predicate<C> ignoresCase,
            OperatorWords words) {
        this.record = record;
        this.family = family;
        this.shape = shape;
        this.operands = o -> operands.apply(record.cast(o));
        this.ignoresCase = ignoresCase == null ? o -> false : o -> ignoresCase.test(record.cast(o));
        this.words = words;
    }

    /**
     * The row of a condition.
     *
     * @param condition the condition
     * @return its row
     */
    public static OperatorCatalogue of(Condition<?> condition) {
        return ofRecord(condition.getClass());
    }

    /**
     * The row of a condition record, or of {@link Criterion.Presence}.
     *
     * @param record the record class
     * @return its row
     * @throws IllegalArgumentException if no row is for that class
     */
    public static OperatorCatalogue ofRecord(Class<?> record) {
        OperatorCatalogue row = BY_RECORD.get(record);
        if (row == null) {
            throw new IllegalArgumentException("no operator catalogue row for " + record.getName());
        }
        return row;
    }

    /**
     * The rows of a family's conditions, in table order; presence is not among them.
     *
     * @param family the value family
     * @return its rows
     */
    public static List<OperatorCatalogue> of(ValueType family) {
        return Arrays.stream(values()).filter(e -> e.family == family).collect(Collectors.toUnmodifiableList());
    }

    /** The condition record this row is for ({@link Criterion.Presence} for {@link #PRESENCE}). */
    public Class<?> record() {
        return record;
    }

    /**
     * The families this row applies to: its condition's family, or every family for {@link #PRESENCE}.
     *
     * @return the families
     */
    public Set<ValueType> families() {
        return family == null ? Sets.immutableEnumSet(EnumSet.allOf(ValueType.class)) : Sets.immutableEnumSet(family);
    }

    /** How the operands are grouped. */
    public Shape shape() {
        return shape;
    }

    /**
     * The operands of a condition of this row, in template order: numbers as {@code Double}, texts as
     * {@code String}, lists as collections, times as {@code TimePoint}, lengths as {@code Duration}, the boolean as
     * {@code Boolean}.
     *
     * @param condition a condition of this row's record
     * @return its operands
     */
    public List<?> operands(Object condition) {
        return operands.apply(condition);
    }

    /**
     * Whether a condition of this row ignores case (only text conditions can).
     *
     * @param condition a condition of this row's record
     * @return whether it ignores case
     */
    public boolean ignoresCase(Object condition) {
        return ignoresCase.test(condition);
    }

    /** Whether this row's conditions have an ignoring-case variant. */
    public boolean hasCaseModes() {
        return family == TEXT;
    }

    /**
     * The DSL method names on the family's attribute class: the case-sensitive one first, then the ignoring-case one
     * for text; {@code is}, {@code isTrue}, {@code isFalse} for booleans; {@code isPresent}, {@code isMissing} for
     * presence.
     */
    public List<String> dslNames() {
        return words.dsl;
    }

    /** The canonical query-language template, as the printer writes it: {@code BETWEEN {0} AND {1}}. */
    public String text() {
        return words.text.get(0);
    }

    /**
     * The canonical query-language template of the complement, or {@code null} when the query language writes the
     * complement with {@code NOT}: {@code != {0}}, {@code NOT IN {0}}, {@code IS NOT {0}}, {@code IS MISSING}.
     */
    public String textNegated() {
        return words.textNegated.isEmpty() ? null : words.textNegated.get(0);
    }

    /** Every query-language template the reader accepts for this row: the canonical one, then aliases. */
    public List<String> textForms() {
        return words.text;
    }

    /** Every query-language template the reader accepts for the complement: the canonical one, then aliases. */
    public List<String> textNegatedForms() {
        return words.textNegated;
    }

    /**
     * The JSON operator names: the case-sensitive one first, then the ignoring-case one for text; {@code is},
     * {@code isTrue}, {@code isFalse} for booleans; {@code isPresent}, {@code isMissing} for presence.
     */
    public List<String> jsonNames() {
        return words.json;
    }

    /**
     * The JSON operator name a condition of this row is written with.
     *
     * @param condition a condition of this row's record
     * @return {@code isIgnoringCase} for a text {@code is} that ignores case, {@code isTrue}/{@code isFalse} for a
     *     boolean, the row's first JSON name otherwise
     */
    public String jsonName(Object condition) {
        if (this == BOOLEAN_IS) {
            return words.json.get(((BooleanCondition.Is) condition).expected() ? 1 : 2);
        }
        return words.json.get(ignoresCase(condition) ? 1 : 0);
    }

    /** The react-querybuilder operator name, or {@code null} when react-querybuilder has none for this row. */
    public String rqb() {
        return words.rqb;
    }

    /**
     * The react-querybuilder name of the complement ({@code notBetween}, {@code doesNotContain}; for
     * {@link #PRESENCE}, {@code null}, which react-querybuilder reads as missing), or {@code null} when there is none.
     */
    public String rqbNegated() {
        return words.rqbNegated;
    }

    /** The English phrase template when the condition holds: {@code is between {0} and {1}}. */
    public String english() {
        return words.english;
    }

    /** The English phrase template when it does not: {@code is not between {0} and {1}}. */
    public String englishNegated() {
        return words.englishNegated;
    }

    /**
     * A template with its placeholders replaced.
     *
     * @param template a template of this table
     * @param operands the operands as written, in order
     * @return the text
     */
    public static String fill(String template, List<String> operands) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                out.append(operands.get(template.charAt(i + 1) - '0'));
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Calls this row's DSL method on an attribute of its family, so that the readers build criteria through the
     * front door and validate operands exactly as Java code does.
     *
     * @param attribute an attribute of one of this row's families
     * @param operands the operands in their Java types ({@link #operands(Object)} gives the same for a condition),
     *     in template order; a list operand is one collection
     * @param ignoreCase whether to call the ignoring-case variant (text rows only)
     * @param <T> the subject type
     * @return the criterion the DSL method returns ({@code isPresent()} for {@link #PRESENCE})
     * @throws IllegalArgumentException as the DSL method does, for operands it rejects, naming the attribute
     */
    @SuppressWarnings("unchecked") // a DSL method of an Attribute<T, ?> returns a Criterion<T>
    public <T> Criterion<T> call(Attribute<T, ?> attribute, List<?> operands, boolean ignoreCase) {
        return (Criterion<T>) words.call.call(attribute, operands, ignoreCase);
    }
}
