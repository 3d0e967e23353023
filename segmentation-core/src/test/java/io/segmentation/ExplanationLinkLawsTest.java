package io.segmentation;

import static io.segmentation.testkit.Generators.customers;
import static io.segmentation.testkit.Generators.segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.attribute.Attribute;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.testkit.TestKit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of the links of an explanation: every node links to the very node of the segment's criterion tree, and every
 * leaf keeps the raw value its attribute reads.
 */
class ExplanationLinkLawsTest {

    private static final int EXAMPLES = 400;
    private static final EvaluationContext CONTEXT = TestKit.defaultContext();

    private static Explanation explain(Segment<Customer> segment, Customer customer) {
        return SegmentMatcher.of(segment).explain(customer, CONTEXT);
    }

    @Test
    void every_node_links_to_the_node_of_the_criterion_tree() {
        qt().withExamples(EXAMPLES).forAll(segments(), customers()).checkAssert((segment, customer) -> {
            Explanation root = explain(segment, customer);
            assertThat(root.criterion()).isSameAs(segment.criterion());
            assertThat(root.segment()).containsSame(segment);
            assertThat(root.children()).hasSize(1);
            walk(root.children().get(0), segment.criterion(), customer);
        });
    }

    @Test
    void every_leaf_keeps_what_its_attribute_reads_and_empty_when_missing() {
        qt().withExamples(EXAMPLES).forAll(segments(), customers()).checkAssert((segment, customer) -> {
            for (Explanation leaf : leaves(explain(segment, customer))) {
                Criterion<?> criterion = leaf.criterion();
                Attribute<?, ?> attribute = attribute(criterion);
                if (attribute == null) {
                    assertThat(leaf.actualValue()).isEmpty();
                } else {
                    Object read = read(attribute, customer);
                    assertThat(leaf.actualValue()).isEqualTo(Optional.ofNullable(read));
                    if (read == null) {
                        assertThat(leaf.actual()).contains("missing");
                    }
                }
            }
        });
    }

    /** The explanation and the criterion in parallel; leaves also keep the value their attribute reads. */
    private static void walk(Explanation node, Criterion<?> criterion, Customer customer) {
        assertThat(node.criterion()).isSameAs(criterion);
        if (criterion instanceof Criterion.And<?> and) {
            walkAll(node, and.operands(), customer);
        } else if (criterion instanceof Criterion.Or<?> or) {
            walkAll(node, or.operands(), customer);
        } else if (criterion instanceof Criterion.Not<?> not) {
            walkAll(node, List.of(not.operand()), customer);
        } else if (criterion instanceof Criterion.InSegment<?> ref) {
            assertThat(node.segment()).containsSame(ref.segment());
            walkAll(node, List.of(ref.segment().criterion()), customer);
        } else {
            assertThat(node.children()).isEmpty();
            assertThat(node.segment()).isEmpty();
            Attribute<?, ?> attribute = attribute(criterion);
            Object read = attribute == null ? null : read(attribute, customer);
            assertThat(node.actualValue()).isEqualTo(Optional.ofNullable(read));
        }
    }

    private static void walkAll(Explanation node, List<? extends Criterion<?>> operands, Customer customer) {
        assertThat(node.children()).hasSameSizeAs(operands);
        assertThat(node.actualValue()).isEmpty();
        for (int i = 0; i < operands.size(); i++) {
            walk(node.children().get(i), operands.get(i), customer);
        }
    }

    private static List<Explanation> leaves(Explanation node) {
        if (node.children().isEmpty()) {
            return List.of(node);
        }
        return node.children().stream().flatMap(child -> leaves(child).stream()).toList();
    }

    /** The attribute a leaf reads, or null for a custom criterion. */
    private static Attribute<?, ?> attribute(Criterion<?> leaf) {
        if (leaf instanceof Criterion.Comparison<?, ?> comparison) {
            return comparison.attribute();
        }
        if (leaf instanceof Criterion.Presence<?> presence) {
            return presence.attribute();
        }
        assertThat(leaf).isInstanceOf(Criterion.Custom.class);
        return null;
    }

    @SuppressWarnings("unchecked") // the generated segments are all over customers
    private static Object read(Attribute<?, ?> attribute, Customer customer) {
        return ((Attribute<Customer, ?>) attribute).read(customer, CONTEXT);
    }
}
