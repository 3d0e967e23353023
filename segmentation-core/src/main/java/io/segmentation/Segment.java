package io.segmentation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.internal.describe.CriterionDescriber;
import io.segmentation.internal.describe.Printer;
import io.segmentation.internal.model.References;
import java.util.Objects;
import java.util.Optional;

/**
 * A named group of subjects defined by one {@link Criterion}: the unit users define, store, match and measure.
 *
 * <pre>{@code
 * import static io.segmentation.Attributes.*;
 *
 * Segment<Customer> youngRepeat =
 *     Segment.where(age().between(18, 25)).and(purchases().atLeast(3)).named("young-repeat");
 * }</pre>
 *
 * <p>Segments are immutable values with structural equality (name, description and criterion). Each method returns
 * a new segment. {@link #and} and {@link #or} combine left to right: {@code where(a).and(b).or(c)} is
 * {@code (a and b) or c}; they keep the name and description.
 *
 * <p>A segment may refer to other named segments with {@link Attributes#inSegment(Segment)}. A segment that would
 * refer to itself — directly or through others, by name — is rejected when it is built, naming the cycle; two
 * references to the same segment along different paths (a diamond) are fine.
 *
 * @param <T> the type of subject, e.g. {@link io.segmentation.customer.Customer}
 * @since 0.1.0
 */
public final class Segment<T> {

    private final Optional<String> name;
    private final Optional<String> description;
    private final Criterion<T> criterion;
    private final int depth;
    // Criteria are trees of records that do not cache their hash; segments are map keys (engines, reports).
    private int hash;

    private Segment(Optional<String> name, Optional<String> description, Criterion<T> criterion) {
        this.name = name;
        this.description = description;
        this.criterion = criterion;
        this.depth = Depth.of(criterion);
        name.ifPresent(n -> References.rejectCycle(n, criterion));
    }

    /**
     * An unnamed segment of the subjects satisfying {@code criterion}.
     *
     * @param criterion the defining criterion
     * @param <T> the subject type
     * @return the segment
     */
    public static <T> Segment<T> where(Criterion<T> criterion) {
        return new Segment<>(Optional.empty(), Optional.empty(), checkNotNull(criterion, "criterion"));
    }

    /**
     * This segment narrowed by another criterion: {@code criterion() and other}.
     *
     * @param other the added criterion
     * @return a new segment with the same name and description
     */
    public Segment<T> and(Criterion<T> other) {
        return new Segment<>(name, description, criterion.and(checkNotNull(other, "other")));
    }

    /**
     * This segment widened by another criterion: {@code criterion() or other}.
     *
     * @param other the alternative criterion
     * @return a new segment with the same name and description
     */
    public Segment<T> or(Criterion<T> other) {
        return new Segment<>(name, description, criterion.or(checkNotNull(other, "other")));
    }

    /**
     * This segment with a name, used in reports, explanations and references.
     *
     * @param name a non-blank name, e.g. {@code "young-repeat"}, valid Unicode (no lone surrogates)
     * @return a new segment
     * @throws IllegalArgumentException if the name is blank, has a lone surrogate, or the segment would then refer to
     *     itself
     */
    public Segment<T> named(String name) {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "segment name must not be blank but was '%s'", name);
        rejectLoneSurrogate("segment name", name);
        return new Segment<>(Optional.of(name), description, criterion);
    }

    /**
     * This segment with a human description.
     *
     * @param description a non-blank description, valid Unicode (no lone surrogates)
     * @return a new segment
     * @throws IllegalArgumentException if the description is blank or has a lone surrogate
     */
    public Segment<T> describedAs(String description) {
        checkNotNull(description, "description");
        checkArgument(!description.isBlank(), "segment description must not be blank");
        rejectLoneSurrogate("segment description", description);
        return new Segment<>(name, Optional.of(description), criterion);
    }

    /**
     * Rejects a string with an unpaired UTF-16 surrogate: it is not text, and no UTF-8 file, HTML page or database
     * could hold it. The text and JSON readers name segments through {@link #named}, so they reject it too.
     */
    private static void rejectLoneSurrogate(String what, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format(
                        "%s has a lone surrogate U+%04X at index %d, which is not valid Unicode text",
                        what, (int) c, i));
            }
        }
    }

    /**
     * The name, if one was given.
     *
     * @return the name
     */
    public Optional<String> name() {
        return name;
    }

    /**
     * The description, if one was given.
     *
     * @return the description
     */
    public Optional<String> description() {
        return description;
    }

    /**
     * The defining criterion.
     *
     * @return the criterion
     */
    public Criterion<T> criterion() {
        return criterion;
    }

    /** The nesting depth of the criterion, counted as {@link Criterion#MAX_DEPTH} counts it. */
    int depth() {
        return depth;
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof Segment<?> other
                        && hashCode() == other.hashCode()
                        && name.equals(other.name)
                        && description.equals(other.description)
                        && criterion.equals(other.criterion);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(name, description, criterion);
            hash = h;
        }
        return h;
    }

    /**
     * The canonical query text of the criterion ({@link io.segmentation.text.SegmentQuery#toText}), e.g.
     * {@code age BETWEEN 18 AND 25 AND purchases >= 3}; for a criterion without text form (a custom predicate), a
     * readable description instead.
     */
    @Override
    public String toString() {
        try {
            return Printer.print(criterion);
        } catch (IllegalArgumentException e) {
            return CriterionDescriber.describe(criterion);
        }
    }
}
