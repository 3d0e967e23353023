package io.segmentation.internal.describe;

import io.segmentation.Condition;
import io.segmentation.TimePoint;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The wording of every condition, for explanations and descriptions: the English templates of the
 * {@link OperatorCatalogue}, with the operands written as explanations write values.
 */
public final class Phrases {

    private Phrases() {}

    /**
     * The phrase for a condition.
     *
     * @param condition the condition
     * @return what it says, affirmed and denied
     */
    public static Phrase of(Condition<?> condition) {
        OperatorCatalogue row = OperatorCatalogue.of(condition);
        List<String> operands = new ArrayList<>();
        for (Object operand : row.operands(condition)) {
            operands.add(operand(operand));
        }
        String suffix = row.ignoresCase(condition) ? OperatorCatalogue.ENGLISH_IGNORING_CASE : "";
        return new Phrase(
                OperatorCatalogue.fill(row.english(), operands) + suffix,
                OperatorCatalogue.fill(row.englishNegated(), operands) + suffix);
    }

    /**
     * Whether a value is present, as explanations and descriptions say it.
     *
     * @param present whether the value is present
     * @return {@code is present} or {@code is missing}
     */
    public static String presence(boolean present) {
        return present ? OperatorCatalogue.PRESENCE.english() : OperatorCatalogue.PRESENCE.englishNegated();
    }

    private static String operand(Object operand) {
        if (operand instanceof Double d) {
            return Format.number(d);
        }
        if (operand instanceof String s) {
            return Format.quote(s);
        }
        if (operand instanceof Collection<?> c) {
            return Format.value(c);
        }
        if (operand instanceof Duration d) {
            return Format.duration(d);
        }
        if (operand instanceof TimePoint point) {
            return point(point);
        }
        return operand.toString();
    }

    private static String point(TimePoint point) {
        if (point instanceof TimePoint.DurationAgo ago) {
            return Format.duration(ago.duration()) + " ago";
        }
        if (point instanceof TimePoint.PeriodAgo ago) {
            return Format.period(ago.period()) + " ago";
        }
        if (point instanceof TimePoint.DurationAhead ahead) {
            return Format.duration(ahead.duration()) + " from now";
        }
        return point.toString();
    }
}
