package io.segmentation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.segmentation.Segment;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link SegmentEngine#assign}: the members of each segment, in input order, and the subjects in no
 * segment. Immutable.
 *
 * <pre>{@code
 * Assignment<Customer> a = engine.assign(customers, context, AssignmentMode.EXCLUSIVE);
 * a.sizes().forEach((segment, size) -> System.out.println(segment.name().orElse("?") + ": " + size));
 * List<Customer> leftOver = a.unassigned();
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class Assignment<T> {

    private final AssignmentMode mode;
    private final ImmutableMap<Segment<T>, ImmutableList<T>> members;
    private final ImmutableList<T> unassigned;
    private final int total;

    Assignment(AssignmentMode mode, Map<Segment<T>, ImmutableList<T>> members, List<T> unassigned, int total) {
        this.mode = mode;
        this.members = ImmutableMap.copyOf(members);
        this.unassigned = ImmutableList.copyOf(unassigned);
        this.total = total;
    }

    /**
     * How subjects were placed.
     *
     * @return the mode
     */
    public AssignmentMode mode() {
        return mode;
    }

    /**
     * The segments, in the engine's order.
     *
     * @return the segments
     */
    public List<Segment<T>> segments() {
        return members.keySet().asList();
    }

    /**
     * The members of a segment, in input order.
     *
     * @param segment one of the engine's segments
     * @return the members
     * @throws IllegalArgumentException if the segment is not one of the engine's
     */
    public List<T> members(Segment<T> segment) {
        checkNotNull(segment, "segment");
        ImmutableList<T> list = members.get(segment);
        checkArgument(list != null, "segment %s is not part of this assignment", segment);
        return list;
    }

    /**
     * The number of members of a segment.
     *
     * @param segment one of the engine's segments
     * @return the size
     */
    public int size(Segment<T> segment) {
        return members(segment).size();
    }

    /**
     * The size of every segment, in the engine's order.
     *
     * @return segment to size
     */
    public Map<Segment<T>, Integer> sizes() {
        ImmutableMap.Builder<Segment<T>, Integer> sizes = ImmutableMap.builder();
        members.forEach((s, m) -> sizes.put(s, m.size()));
        return sizes.build();
    }

    /**
     * The subjects in no segment, in input order.
     *
     * @return the unassigned subjects
     */
    public List<T> unassigned() {
        return unassigned;
    }

    /**
     * The number of subjects assigned (or not).
     *
     * @return the input size
     */
    public int total() {
        return total;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Assignment[")
                .append(mode)
                .append(", ")
                .append(total)
                .append(" subjects");
        members.forEach((s, m) -> text.append(", ")
                .append(s.name().orElse(s.toString()))
                .append('=')
                .append(m.size()));
        return text.append(", unassigned=")
                .append(unassigned.size())
                .append(']')
                .toString();
    }
}
