package io.segmentation.testkit.internal.generators;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.segmentation.testkit.internal.generators.Draw.between;

import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Criterion trees over a generator of leaves: {@code and}, {@code or} (two to a maximum number of operands),
 * {@code and} with a negated operand, {@code not}, and references to named segments — generated on the spot, or
 * picked from a fixed catalogue — down to a maximum depth.
 *
 * @param <T> the subject type
 */
public final class Trees<T> implements Gen<Criterion<T>> {

    private final Gen<Criterion<T>> leaves;
    private final int maxDepth;
    private final int maxOperands;
    private final boolean generatedReferences;
    private final List<Segment<T>> catalogue;

    /**
     * Trees over {@code leaves}.
     *
     * @param leaves the leaves
     * @param maxDepth 0 for leaves only
     * @param maxOperands at least 2
     * @param generatedReferences whether references to segments generated on the spot (named {@code ref<depth>_<n>})
     *     may appear; they have no text or JSON form, as no registry knows them
     * @param catalogue named segments references may point to, possibly empty
     */
    public Trees(
            Gen<Criterion<T>> leaves,
            int maxDepth,
            int maxOperands,
            boolean generatedReferences,
            List<Segment<T>> catalogue) {
        this.leaves = checkNotNull(leaves, "leaves");
        checkArgument(maxDepth >= 0, "maxDepth must not be negative but was %s", maxDepth);
        checkArgument(maxOperands >= 2, "maxOperands must be at least 2 but was %s", maxOperands);
        this.maxDepth = maxDepth;
        this.maxOperands = maxOperands;
        this.generatedReferences = generatedReferences;
        this.catalogue = List.copyOf(catalogue);
    }

    @Override
    public Criterion<T> generate(RandomnessSource in) {
        return tree(in, maxDepth);
    }

    private Criterion<T> tree(RandomnessSource in, int depth) {
        if (depth == 0) {
            return leaves.generate(in);
        }
        return switch (between(in, 0, 7)) {
            case 0 -> Attributes.allOf(operands(in, depth - 1));
            case 1 -> Attributes.allOf(tree(in, depth - 1), Attributes.not(tree(in, depth - 1)), tree(in, depth - 1));
            case 2 -> Attributes.anyOf(operands(in, depth - 1));
            case 3 -> Attributes.not(tree(in, depth - 1));
            case 4 -> reference(in, depth, generatedReferences).orElseGet(() -> leaves.generate(in));
            case 5 -> reference(in, depth, false).orElseGet(() -> leaves.generate(in));
            default -> leaves.generate(in);
        };
    }

    private List<Criterion<T>> operands(RandomnessSource in, int depth) {
        int n = between(in, 2, maxOperands);
        List<Criterion<T>> operands = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            operands.add(tree(in, depth));
        }
        return operands;
    }

    private Optional<Criterion<T>> reference(RandomnessSource in, int depth, boolean generated) {
        if (generated) {
            Segment<T> s = Segment.where(tree(in, depth - 1)).named("ref" + depth + "_" + between(in, 0, 9));
            return Optional.of(Attributes.inSegment(s));
        }
        if (catalogue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Attributes.inSegment(Draw.pick(in, catalogue)));
    }
}
