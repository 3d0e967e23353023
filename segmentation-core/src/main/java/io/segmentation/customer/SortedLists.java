package io.segmentation.customer;

import java.time.Instant;

/** Binary search over the time-sorted instants of a {@link Customer}'s orders and events, without allocating. */
final class SortedLists {

    private SortedLists() {}

    /** The index of the first instant not before {@code bound} (the count of those before it), in O(log n). */
    static int firstNotBefore(Instant[] sorted, Instant bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle].isBefore(bound)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of the first instant after {@code bound} (the count of those at or before it), in O(log n). */
    static int firstAfter(Instant[] sorted, Instant bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle].isAfter(bound)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
