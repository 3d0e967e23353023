package io.segmentation.customer;

import java.util.List;
import java.util.function.Predicate;

/** Binary search over the time-sorted order and event lists of a {@link Customer}. */
final class SortedLists {

    private SortedLists() {}

    /**
     * Returns the number of leading elements of {@code sorted} that satisfy {@code before}, in O(log n).
     *
     * <p>{@code before} must hold for a prefix of the list and fail for the rest, which is the case for "instant is
     * before t" or "instant is not after t" on a list sorted by instant.
     */
    static <T> int partitionPoint(List<T> sorted, Predicate<? super T> before) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (before.test(sorted.get(middle))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
