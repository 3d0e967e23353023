package io.segmentation.internal.evaluate;

import com.google.common.collect.ImmutableSet;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.internal.vocabulary.Identities;
import io.segmentation.plan.BooleanMatch;
import io.segmentation.plan.InstantBounds;
import io.segmentation.plan.NormalForm;
import io.segmentation.plan.NumberIntervals;
import io.segmentation.plan.SetMatch;
import io.segmentation.plan.TextMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns criteria into {@link Node} trees: specialised leaves, one memo slot per distinct attribute, flattened and
 * deduplicated {@code and}/{@code or} with cheap operands first, folded constants ({@code a or not a}), double
 * negation removed, and sub-criteria shared by several parents decided once per subject.
 *
 * @param <T> the subject type
 */
final class Compiler<T> implements CriterionVisitor<T, Node<T>> {

    private final Map<Attribute<T, ?>, Integer> numberSlots = new HashMap<>();
    private final Map<Attribute<T, ?>, Integer> valueSlots = new HashMap<>();
    private final Map<Criterion<T>, Integer> uses;
    private final Map<Criterion<T>, Node<T>> compiled = new HashMap<>();
    private int resultSlots;

    private Compiler(Map<Criterion<T>, Integer> uses) {
        this.uses = uses;
    }

    /**
     * Compiles several roots together, sharing attribute reads and common sub-criteria between them.
     *
     * @throws IllegalArgumentException if two different attributes share an identity ({@link Identities})
     */
    static <T> Program<T> compile(List<Criterion<T>> roots) {
        Map<Criterion<T>, Integer> uses = new HashMap<>();
        Identities.Guard identities = new Identities.Guard("the compiled matcher");
        for (Criterion<T> root : roots) {
            count(root, uses, identities);
        }
        Compiler<T> compiler = new Compiler<>(uses);
        List<Node<T>> nodes = new ArrayList<>();
        for (Criterion<T> root : roots) {
            nodes.add(compiler.node(root));
        }
        return new Program<>(
                nodes,
                compiler.numberSlots.size(),
                compiler.valueSlots.size(),
                compiler.resultSlots,
                compiler.compiled.size());
    }

    private static <T> void count(Criterion<T> c, Map<Criterion<T>, Integer> uses, Identities.Guard identities) {
        // Equal leaves are merged below, so attributes are checked on every occurrence, before the merge.
        if (c instanceof Criterion.Comparison<T, ?> comparison) {
            identities.meet(comparison.attribute());
        } else if (c instanceof Criterion.Presence<T> presence) {
            identities.meet(presence.attribute());
        }
        if (uses.merge(c, 1, Integer::sum) > 1) {
            return;
        }
        if (c instanceof Criterion.And<T> and) {
            and.operands().forEach(o -> count(o, uses, identities));
        } else if (c instanceof Criterion.Or<T> or) {
            or.operands().forEach(o -> count(o, uses, identities));
        } else if (c instanceof Criterion.Not<T> not) {
            count(not.operand(), uses, identities);
        } else if (c instanceof Criterion.InSegment<T> ref) {
            count(ref.segment().criterion(), uses, identities);
        }
    }

    private Node<T> node(Criterion<T> c) {
        Node<T> done = compiled.get(c);
        if (done != null) {
            return done;
        }
        Node<T> node = c.accept(this);
        boolean composite = c instanceof Criterion.And
                || c instanceof Criterion.Or
                || c instanceof Criterion.Not
                || c instanceof Criterion.InSegment;
        if (composite && !(node instanceof Node.Constant) && uses.getOrDefault(c, 0) > 1) {
            node = new Node.Shared<>(node, resultSlots++);
        }
        compiled.put(c, node);
        return node;
    }

    private int numberSlot(Attribute<T, ?> a) {
        return numberSlots.computeIfAbsent(a, k -> numberSlots.size());
    }

    private int valueSlot(Attribute<T, ?> a) {
        return valueSlots.computeIfAbsent(a, k -> valueSlots.size());
    }

    /** The attribute's declared cost class as a weight, plus what testing its normal form costs. */
    private static int cost(Attribute<?, ?> a, NormalForm<?> form) {
        int cost = switch (a.cost()) {
            case CHEAP -> 5;
            case MODERATE -> 20;
            case EXPENSIVE -> 30;
            case VERY_EXPENSIVE -> 60;
        };
        if (form instanceof TextMatch text) {
            cost += switch (text.kind()) {
                case REGEX -> 40;
                case EXACT_SET -> text.caseMode() == TextMatch.CaseMode.EXACT ? 0 : 5;
                case PREFIX, SUFFIX, CONTAINS -> 5;
            };
        }
        return cost;
    }

    /** Each comparison's node is chosen by the family of its condition's normal form, never by operator. */
    @Override
    public <V> Node<T> visitComparison(Criterion.Comparison<T, V> comparison) {
        Attribute<T, V> a = comparison.attribute();
        NormalForm<V> form = comparison.condition().normalForm();
        int cost = cost(a, form);
        return form.accept(new NormalForm.Visitor<Node<T>>() {
            @Override
            public Node<T> visitNumbers(NumberIntervals numbers) {
                if (!(a instanceof NumberAttribute)) {
                    return new Node.Compare<>(a, valueSlot(a), form, cost);
                }
                NumberAttribute<T> number = asNumber(a);
                int slot = numberSlot(a);
                if (numbers.intervals().size() == 1) {
                    return new Node.NumberRange<>(
                            number, slot, numbers.intervals().get(0), cost);
                }
                return new Node.NumberSet<>(number, slot, numbers, cost);
            }

            @Override
            public Node<T> visitInstants(InstantBounds instants) {
                return new InstantRange<>(a, valueSlot(a), instants, cost);
            }

            @Override
            public Node<T> visitText(TextMatch text) {
                if (text.kind() == TextMatch.Kind.EXACT_SET && text.caseMode() == TextMatch.CaseMode.EXACT) {
                    return new Node.ValueIn<>(a, valueSlot(a), text.operands(), cost);
                }
                return new Node.Compare<>(a, valueSlot(a), form, cost);
            }

            @Override
            public Node<T> visitSet(SetMatch set) {
                if (set.kind() == SetMatch.Kind.ANY && set.elements().size() == 1 && a instanceof SetAttribute) {
                    return new Node.SetContains<>(
                            a, valueSlot(a), set.elements().iterator().next(), cost);
                }
                return new Node.Compare<>(a, valueSlot(a), form, cost);
            }

            @Override
            public Node<T> visitBoolean(BooleanMatch bool) {
                return new Node.ValueIn<>(a, valueSlot(a), ImmutableSet.of(bool.expected()), cost);
            }
        });
    }

    @SuppressWarnings("unchecked") // a NumberAttribute of an Attribute<T, ?> reads the same T
    private static <T> NumberAttribute<T> asNumber(Attribute<T, ?> a) {
        return (NumberAttribute<T>) a;
    }

    @Override
    public Node<T> visitPresence(Criterion.Presence<T> presence) {
        Attribute<T, ?> a = presence.attribute();
        int cost = cost(a, null);
        if (a instanceof NumberAttribute) {
            return new Node.NumberPresence<>(asNumber(a), numberSlot(a), presence.present(), cost);
        }
        return new Node.Presence<>(a, valueSlot(a), presence.present(), cost);
    }

    @Override
    public Node<T> visitAnd(Criterion.And<T> and) {
        return junction(and.operands(), true);
    }

    @Override
    public Node<T> visitOr(Criterion.Or<T> or) {
        return junction(or.operands(), false);
    }

    /** {@code and} (conjunction) or {@code or}: deduplicated, complements folded, constants absorbed, cheap first. */
    private Node<T> junction(List<Criterion<T>> operands, boolean conjunction) {
        Set<Criterion<T>> distinct = new LinkedHashSet<>(operands);
        for (Criterion<T> c : distinct) {
            if (c instanceof Criterion.Not<T> not && distinct.contains(not.operand())) {
                return new Node.Constant<>(!conjunction);
            }
        }
        List<Node<T>> nodes = new ArrayList<>();
        for (Criterion<T> c : distinct) {
            Node<T> n = node(c);
            if (n instanceof Node.Constant<T> constant) {
                if (constant.value() != conjunction) {
                    return constant;
                }
                continue;
            }
            nodes.add(n);
        }
        if (nodes.isEmpty()) {
            return new Node.Constant<>(conjunction);
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        nodes.sort(Comparator.comparingInt(n -> n.cost));
        int cost = nodes.stream().mapToInt(n -> n.cost).sum();
        @SuppressWarnings("unchecked")
        Node<T>[] array = nodes.toArray(new Node[0]);
        return conjunction ? new Node.And<>(array, cost) : new Node.Or<>(array, cost);
    }

    @Override
    public Node<T> visitNot(Criterion.Not<T> not) {
        if (not.operand() instanceof Criterion.Not<T> inner) {
            return node(inner.operand());
        }
        Node<T> operand = node(not.operand());
        if (operand instanceof Node.Constant<T> constant) {
            return new Node.Constant<>(!constant.value());
        }
        return new Node.Not<>(operand);
    }

    @Override
    public Node<T> visitInSegment(Criterion.InSegment<T> inSegment) {
        return node(inSegment.segment().criterion());
    }

    @Override
    public Node<T> visitCustom(Criterion.Custom<T> custom) {
        return new Node.Custom<>(custom.predicate());
    }
}
