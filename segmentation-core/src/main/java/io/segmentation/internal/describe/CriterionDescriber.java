package io.segmentation.internal.describe;

import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A readable, one-line description of a criterion: {@code age is between 18 and 25 and purchases is at least 3}.
 * Composite operands of {@code and}, {@code or} and {@code not} are parenthesised.
 *
 * <p>The static {@code describe…} helpers state how a composite node's text is made from its operands' texts, so
 * that a caller that already holds the operands' texts (the explainer, which works bottom up) builds each node's text
 * once instead of describing every subtree again.
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

    /**
     * The text of an {@code and} node from its operands and their texts.
     *
     * @param operands the operands, in order
     * @param texts their texts, in the same order
     * @return the operands' texts joined by {@code and}, composite operands parenthesised
     */
    public static String describeAnd(List<? extends Criterion<?>> operands, List<String> texts) {
        return join(operands, texts, " and ");
    }

    /**
     * The text of an {@code or} node from its operands and their texts.
     *
     * @param operands the operands, in order
     * @param texts their texts, in the same order
     * @return the operands' texts joined by {@code or}, composite operands parenthesised
     */
    public static String describeOr(List<? extends Criterion<?>> operands, List<String> texts) {
        return join(operands, texts, " or ");
    }

    /**
     * The text of a {@code not} node from its operand and the operand's text.
     *
     * @param operand the operand
     * @param text its text
     * @return {@code not} and the operand's text, parenthesised when composite
     */
    public static String describeNot(Criterion<?> operand, String text) {
        return "not " + operand(operand, text);
    }

    /**
     * The text of a reference to a segment; it names the segment and does not describe its criterion.
     *
     * @param inSegment the reference
     * @return {@code in segment 'name'}
     */
    public static String describeInSegment(Criterion.InSegment<?> inSegment) {
        return "in segment " + Format.value(inSegment.segment());
    }

    @Override
    public <V> String visitComparison(Criterion.Comparison<T, V> comparison) {
        return comparison.attribute() + " " + Phrases.of(comparison.condition()).affirmed();
    }

    @Override
    public String visitPresence(Criterion.Presence<T> presence) {
        return presence.attribute() + " " + Phrases.presence(presence.present());
    }

    @Override
    public String visitAnd(Criterion.And<T> and) {
        return describeAnd(and.operands(), texts(and.operands()));
    }

    @Override
    public String visitOr(Criterion.Or<T> or) {
        return describeOr(or.operands(), texts(or.operands()));
    }

    @Override
    public String visitNot(Criterion.Not<T> not) {
        return describeNot(not.operand(), not.operand().accept(this));
    }

    @Override
    public String visitInSegment(Criterion.InSegment<T> inSegment) {
        return describeInSegment(inSegment);
    }

    @Override
    public String visitCustom(Criterion.Custom<T> custom) {
        return "custom " + Format.quote(custom.name());
    }

    private List<String> texts(List<Criterion<T>> operands) {
        List<String> texts = new ArrayList<>(operands.size());
        for (Criterion<T> c : operands) {
            texts.add(c.accept(this));
        }
        return texts;
    }

    private static String join(List<? extends Criterion<?>> operands, List<String> texts, String separator) {
        StringJoiner joined = new StringJoiner(separator);
        for (int i = 0; i < operands.size(); i++) {
            joined.add(operand(operands.get(i), texts.get(i)));
        }
        return joined.toString();
    }

    private static String operand(Criterion<?> c, String text) {
        return c instanceof Criterion.And || c instanceof Criterion.Or ? "(" + text + ")" : text;
    }
}
