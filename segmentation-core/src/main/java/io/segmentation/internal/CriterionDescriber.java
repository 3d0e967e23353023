package io.segmentation.internal;

import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import java.util.List;
import java.util.StringJoiner;

/**
 * A readable, one-line description of a criterion: {@code age is between 18 and 25 and purchases is at least 3}.
 * Composite operands of {@code and}, {@code or} and {@code not} are parenthesised.
 *
 * @param <T> the subject type
 */
public final class CriterionDescriber<T> implements CriterionVisitor<T, String> {

    private CriterionDescriber() {}

    /**
     * Describes a criterion.
     *
     * @param criterion the criterion
     * @param <T> the subject type
     * @return the description
     */
    public static <T> String describe(Criterion<T> criterion) {
        return criterion.accept(new CriterionDescriber<>());
    }

    @Override
    public <V> String visitComparison(Criterion.Comparison<T, V> comparison) {
        return comparison.attribute() + " " + Phrases.of(comparison.condition()).affirmed();
    }

    @Override
    public String visitPresence(Criterion.Presence<T> presence) {
        return presence.attribute() + (presence.present() ? " is present" : " is missing");
    }

    @Override
    public String visitAnd(Criterion.And<T> and) {
        return join(and.operands(), " and ");
    }

    @Override
    public String visitOr(Criterion.Or<T> or) {
        return join(or.operands(), " or ");
    }

    @Override
    public String visitNot(Criterion.Not<T> not) {
        return "not " + operand(not.operand());
    }

    @Override
    public String visitInSegment(Criterion.InSegment<T> inSegment) {
        return "in segment " + Format.value(inSegment.segment());
    }

    @Override
    public String visitCustom(Criterion.Custom<T> custom) {
        return "custom " + Format.quote(custom.name());
    }

    private String join(List<Criterion<T>> operands, String separator) {
        StringJoiner joined = new StringJoiner(separator);
        for (Criterion<T> c : operands) {
            joined.add(operand(c));
        }
        return joined.toString();
    }

    private String operand(Criterion<T> c) {
        String text = c.accept(this);
        return c instanceof Criterion.And || c instanceof Criterion.Or ? "(" + text + ")" : text;
    }
}
