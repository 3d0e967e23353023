package io.segmentation.internal.describe;

import static io.segmentation.internal.describe.Format.number;
import static io.segmentation.internal.describe.Format.quote;
import static io.segmentation.internal.describe.Format.value;

import io.segmentation.BooleanCondition;
import io.segmentation.Condition;
import io.segmentation.ConditionVisitor;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;
import io.segmentation.TimePoint;

/** The wording of every condition, in one place, for explanations and descriptions. */
public final class Phrases implements ConditionVisitor<Phrase> {

    private static final Phrases INSTANCE = new Phrases();

    private Phrases() {}

    /**
     * The phrase for a condition.
     *
     * @param condition the condition
     * @return what it says, affirmed and denied
     */
    public static Phrase of(Condition<?> condition) {
        return condition.accept(INSTANCE);
    }

    private static String point(TimePoint point) {
        if (point instanceof TimePoint.DurationAgo ago) {
            return Format.duration(ago.duration()) + " ago";
        }
        if (point instanceof TimePoint.PeriodAgo ago) {
            return Format.period(ago.period()) + " ago";
        }
        return point.toString();
    }

    private static String ignoringCase(boolean ignoreCase) {
        return ignoreCase ? " (ignoring case)" : "";
    }

    @Override
    public Phrase visit(NumberCondition.Between c) {
        return Phrase.is("between " + number(c.lower()) + " and " + number(c.upper()));
    }

    @Override
    public Phrase visit(NumberCondition.AtLeast c) {
        return Phrase.is("at least " + number(c.bound()));
    }

    @Override
    public Phrase visit(NumberCondition.AtMost c) {
        return Phrase.is("at most " + number(c.bound()));
    }

    @Override
    public Phrase visit(NumberCondition.GreaterThan c) {
        return Phrase.is("greater than " + number(c.bound()));
    }

    @Override
    public Phrase visit(NumberCondition.LessThan c) {
        return Phrase.is("less than " + number(c.bound()));
    }

    @Override
    public Phrase visit(NumberCondition.Is c) {
        return Phrase.is(number(c.expected()));
    }

    @Override
    public Phrase visit(NumberCondition.In c) {
        return Phrase.is("one of " + value(c.values()));
    }

    @Override
    public Phrase visit(TextCondition.Is c) {
        return Phrase.is(quote(c.expected()) + ignoringCase(c.ignoreCase()));
    }

    @Override
    public Phrase visit(TextCondition.In c) {
        return Phrase.is("one of " + value(c.values()) + ignoringCase(c.ignoreCase()));
    }

    @Override
    public Phrase visit(TextCondition.StartsWith c) {
        return new Phrase(
                "starts with " + quote(c.prefix()) + ignoringCase(c.ignoreCase()),
                "does not start with " + quote(c.prefix()) + ignoringCase(c.ignoreCase()));
    }

    @Override
    public Phrase visit(TextCondition.EndsWith c) {
        return new Phrase(
                "ends with " + quote(c.suffix()) + ignoringCase(c.ignoreCase()),
                "does not end with " + quote(c.suffix()) + ignoringCase(c.ignoreCase()));
    }

    @Override
    public Phrase visit(TextCondition.Contains c) {
        return new Phrase(
                "contains " + quote(c.part()) + ignoringCase(c.ignoreCase()),
                "does not contain " + quote(c.part()) + ignoringCase(c.ignoreCase()));
    }

    @Override
    public Phrase visit(TextCondition.Matches c) {
        return new Phrase(
                "matches " + quote(c.regex()) + ignoringCase(c.ignoreCase()),
                "does not match " + quote(c.regex()) + ignoringCase(c.ignoreCase()));
    }

    @Override
    public Phrase visit(BooleanCondition.Is c) {
        return Phrase.is(Boolean.toString(c.expected()));
    }

    @Override
    public Phrase visit(InstantCondition.Before c) {
        return Phrase.is("before " + point(c.point()));
    }

    @Override
    public Phrase visit(InstantCondition.After c) {
        return Phrase.is("after " + point(c.point()));
    }

    @Override
    public Phrase visit(InstantCondition.Between c) {
        return Phrase.is("between " + point(c.from()) + " and " + point(c.to()));
    }

    @Override
    public Phrase visit(InstantCondition.Within c) {
        return Phrase.is("within the last " + Format.duration(c.duration()));
    }

    @Override
    public Phrase visit(SetCondition.Contains c) {
        return new Phrase("contains " + quote(c.element()), "does not contain " + quote(c.element()));
    }

    @Override
    public Phrase visit(SetCondition.ContainsAny c) {
        return new Phrase("contains any of " + value(c.elements()), "contains none of " + value(c.elements()));
    }

    @Override
    public Phrase visit(SetCondition.ContainsAll c) {
        return new Phrase("contains all of " + value(c.elements()), "does not contain all of " + value(c.elements()));
    }

    @Override
    public Phrase visit(SetCondition.IsEmpty c) {
        return Phrase.is("empty");
    }
}
