package io.segmentation.engine;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.internal.describe.CriterionDescriber;
import io.segmentation.internal.describe.Format;
import io.segmentation.internal.describe.Phrase;
import io.segmentation.internal.describe.Phrases;
import io.segmentation.internal.model.Evaluator;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link Explanation} with the leaf rules of {@link Evaluator}; unlike the evaluator it visits every
 * operand, so the explanation shows all clauses, not only the first deciding one.
 *
 * <p>Each node's expected text is made once, from its children's texts ({@link CriterionDescriber}'s
 * {@code describe…} helpers), rather than by describing every subtree again at every level.
 */
final class Explainer<T> implements CriterionVisitor<T, Explanation> {

    private final T subject;
    private final EvaluationContext context;

    private Explainer(T subject, EvaluationContext context) {
        this.subject = subject;
        this.context = context;
    }

    static <T> Explanation explain(Segment<T> segment, T subject, EvaluationContext context) {
        Explanation body = segment.criterion().accept(new Explainer<>(subject, context));
        String name = segment.name().map(n -> "segment " + Format.quote(n)).orElse("segment");
        return new Explanation(
                body.matched(),
                segment.criterion(),
                segment,
                body.expected(),
                null,
                null,
                name,
                ImmutableList.of(body));
    }

    @Override
    public <V> Explanation visitComparison(Criterion.Comparison<T, V> comparison) {
        V value = comparison.attribute().read(subject, context);
        boolean matched = Evaluator.holds(comparison.condition(), value, context);
        Phrase phrase = Phrases.of(comparison.condition());
        String attribute = comparison.attribute().toString();
        String summary;
        if (value == null) {
            summary = attribute + " " + Phrases.presence(false) + ", so it " + phrase.denied();
        } else {
            summary = attribute + " " + Format.value(value) + " " + (matched ? phrase.affirmed() : phrase.denied());
        }
        return leaf(comparison, matched, value, summary);
    }

    @Override
    public Explanation visitPresence(Criterion.Presence<T> presence) {
        Object value = presence.attribute().read(subject, context);
        boolean matched = Evaluator.present(presence, value);
        String attribute = presence.attribute().toString();
        String summary;
        if (value == null) {
            summary = attribute + " " + Phrases.presence(false);
        } else {
            summary = attribute + " " + Format.value(value) + " " + Phrases.presence(true);
        }
        return leaf(presence, matched, value, summary);
    }

    @Override
    public Explanation visitAnd(Criterion.And<T> and) {
        List<Explanation> children = operands(and.operands());
        long holding = children.stream().filter(Explanation::matched).count();
        return node(
                and,
                holding == children.size(),
                CriterionDescriber.describeAnd(and.operands(), texts(children)),
                "all of (" + holding + " of " + children.size() + " hold)",
                children);
    }

    @Override
    public Explanation visitOr(Criterion.Or<T> or) {
        List<Explanation> children = operands(or.operands());
        long holding = children.stream().filter(Explanation::matched).count();
        return node(
                or,
                holding > 0,
                CriterionDescriber.describeOr(or.operands(), texts(children)),
                "any of (" + holding + " of " + children.size() + " hold)",
                children);
    }

    @Override
    public Explanation visitNot(Criterion.Not<T> not) {
        Explanation operand = not.operand().accept(this);
        return node(
                not,
                !operand.matched(),
                CriterionDescriber.describeNot(not.operand(), operand.expected()),
                "not",
                ImmutableList.of(operand));
    }

    @Override
    public Explanation visitInSegment(Criterion.InSegment<T> inSegment) {
        Explanation body = inSegment.segment().criterion().accept(this);
        String expected = CriterionDescriber.describeInSegment(inSegment);
        return new Explanation(
                body.matched(), inSegment, inSegment.segment(), expected, null, null, expected, ImmutableList.of(body));
    }

    @Override
    public Explanation visitCustom(Criterion.Custom<T> custom) {
        boolean matched = custom.predicate().test(subject, context);
        String summary = "custom " + Format.quote(custom.name()) + (matched ? " holds" : " does not hold");
        return new Explanation(
                matched, custom, null, CriterionDescriber.describe(custom), null, null, summary, ImmutableList.of());
    }

    private List<Explanation> operands(List<Criterion<T>> operands) {
        ImmutableList.Builder<Explanation> children = ImmutableList.builder();
        for (Criterion<T> c : operands) {
            children.add(c.accept(this));
        }
        return children.build();
    }

    private static List<String> texts(List<Explanation> children) {
        List<String> texts = new ArrayList<>(children.size());
        for (Explanation child : children) {
            texts.add(child.expected());
        }
        return texts;
    }

    private static Explanation leaf(Criterion<?> criterion, boolean matched, Object value, String summary) {
        return new Explanation(
                matched,
                criterion,
                null,
                CriterionDescriber.describe(criterion),
                value,
                Format.value(value),
                summary,
                ImmutableList.of());
    }

    private static Explanation node(
            Criterion<?> criterion, boolean matched, String expected, String summary, List<Explanation> kids) {
        return new Explanation(matched, criterion, null, expected, null, null, summary, kids);
    }
}
