package io.segmentation.internal.model;

import io.segmentation.Criterion;
import io.segmentation.Segment;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;

/** Walks segment references ({@code inSegment}) to reject cycles by name, naming the cycle. */
public final class References {

    private References() {}

    /**
     * Rejects a segment named {@code name} whose criterion refers back to a segment of that name.
     *
     * @param name the name of the segment being built
     * @param criterion its criterion
     * @throws IllegalArgumentException naming the cycle, e.g. {@code vip → gold → vip}
     */
    public static void rejectCycle(String name, Criterion<?> criterion) {
        Deque<String> path = new ArrayDeque<>();
        path.addLast(name);
        walk(name, criterion, path, new HashSet<>());
    }

    private static void walk(String start, Criterion<?> criterion, Deque<String> path, Set<Segment<?>> done) {
        for (Segment<?> referenced : Criteria.references(criterion)) {
            String name = referenced.name().orElseThrow();
            path.addLast(name);
            if (name.equals(start)) {
                StringJoiner cycle = new StringJoiner(" → ");
                path.forEach(cycle::add);
                throw new IllegalArgumentException(
                        "segment '" + start + "' refers to itself through the cycle " + cycle);
            }
            if (done.add(referenced)) {
                walk(start, referenced.criterion(), path, done);
            }
            path.removeLast();
        }
    }
}
