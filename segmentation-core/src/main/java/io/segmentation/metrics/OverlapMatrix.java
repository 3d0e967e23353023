package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.segmentation.Segment;
import io.segmentation.index.PopulationIndex;
import io.segmentation.internal.report.OverlapText;
import io.segmentation.internal.report.ReportFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How much segments overlap: for every pair, the number of members in both, and their Jaccard similarity.
 *
 * <pre>{@code
 * OverlapMatrix<Customer> overlap = OverlapMatrix.of(index, List.of(vip, lapsed, newsletter));
 * int atRisk = overlap.count(vip, lapsed);           // VIPs who have lapsed
 * double similar = overlap.jaccard(vip, newsletter); // 0 (disjoint) to 1 (the same members)
 * System.out.println(overlap.toText());
 * }</pre>
 *
 * <p>The matrix is symmetric; its diagonal holds each segment's size ({@code count(a, a)}). The Jaccard similarity
 * of {@code a} and {@code b} is |a ∩ b| ÷ |a ∪ b| = {@code count(a, b) / (size(a) + size(b) - count(a, b))}; for two
 * empty segments, 0 ÷ 0 is defined as 0 (they share no member), so it is always a number between 0 and 1.
 *
 * <p>Counts are exact, from the index's bitmaps. Immutable; equal when segments and counts are.
 *
 * @param <T> the member type
 * @since 0.1.0
 */
public final class OverlapMatrix<T> {

    private final ImmutableList<Segment<T>> segments;
    private final ImmutableMap<Segment<T>, Integer> positions;
    private final int[][] counts;

    private OverlapMatrix(List<Segment<T>> segments, int[][] counts) {
        this.segments = ImmutableList.copyOf(segments);
        ImmutableMap.Builder<Segment<T>, Integer> positions = ImmutableMap.builder();
        for (int i = 0; i < segments.size(); i++) {
            positions.put(segments.get(i), i);
        }
        this.positions = positions.buildOrThrow();
        this.counts = counts;
    }

    /**
     * The overlaps of segments in a population: {@link PopulationIndex#count(Segment)} on the diagonal and
     * {@link PopulationIndex#overlap(Segment, Segment)} for each pair.
     *
     * @param index the population
     * @param segments distinct segments with distinct labels (names, or query texts when unnamed)
     * @param <T> the member type
     * @return the matrix
     * @throws IllegalArgumentException if a segment or a label is given twice
     */
    public static <T> OverlapMatrix<T> of(PopulationIndex<T> index, Iterable<? extends Segment<T>> segments) {
        checkNotNull(index, "index");
        ReportSegments<T> checked = new ReportSegments<>();
        checked.addAll(segments, "segments", null);
        return compute(index, checked.list());
    }

    static <T> OverlapMatrix<T> compute(PopulationIndex<T> index, List<Segment<T>> segments) {
        int n = segments.size();
        int[][] counts = new int[n][n];
        for (int i = 0; i < n; i++) {
            counts[i][i] = index.count(segments.get(i));
            for (int j = 0; j < i; j++) {
                counts[i][j] = index.overlap(segments.get(i), segments.get(j));
                counts[j][i] = counts[i][j];
            }
        }
        return new OverlapMatrix<>(segments, counts);
    }

    /**
     * The segments, in the order of the matrix's rows and columns.
     *
     * @return the segments, an immutable list
     */
    public List<Segment<T>> segments() {
        return segments;
    }

    /**
     * The number of members of a segment: the diagonal.
     *
     * @param segment one of the matrix's segments
     * @return its size
     * @throws IllegalArgumentException if the segment is not in the matrix
     */
    public int size(Segment<T> segment) {
        int i = position(segment, "segment");
        return counts[i][i];
    }

    /**
     * The number of members in both segments.
     *
     * @param a one of the matrix's segments
     * @param b one of the matrix's segments
     * @return |a ∩ b|; the size of {@code a} when {@code a} is {@code b}
     * @throws IllegalArgumentException if a segment is not in the matrix
     */
    public int count(Segment<T> a, Segment<T> b) {
        return counts[position(a, "a")][position(b, "b")];
    }

    /**
     * The number of members in both segments, by position.
     *
     * @param row a position in {@link #segments()}
     * @param column a position in {@link #segments()}
     * @return the count
     * @throws IndexOutOfBoundsException if a position is outside the matrix
     */
    public int count(int row, int column) {
        Objects.checkIndex(row, counts.length);
        Objects.checkIndex(column, counts.length);
        return counts[row][column];
    }

    /**
     * The Jaccard similarity of two segments: members in both ÷ members in either.
     *
     * @param a one of the matrix's segments
     * @param b one of the matrix's segments
     * @return between 0 (no common member, or both empty) and 1 (the same members)
     * @throws IllegalArgumentException if a segment is not in the matrix
     */
    public double jaccard(Segment<T> a, Segment<T> b) {
        return jaccard(position(a, "a"), position(b, "b"));
    }

    /**
     * The Jaccard similarity of two segments, by position.
     *
     * @param row a position in {@link #segments()}
     * @param column a position in {@link #segments()}
     * @return between 0 and 1
     * @throws IndexOutOfBoundsException if a position is outside the matrix
     */
    public double jaccard(int row, int column) {
        int both = count(row, column);
        int either = counts[row][row] + counts[column][column] - both;
        return either == 0 ? 0 : (double) both / either;
    }

    /**
     * The matrix as text: the counts, then the Jaccard similarities, rows and columns numbered in segment order.
     *
     * <pre>{@code
     * Members in both (the diagonal: segment size)
     *
     *   Segment    1  2  3
     * --------------------
     * 1 vip        3  0  2
     * 2 lapsed     0  2  0
     * 3 promoters  2  0  2
     *
     * Jaccard similarity (members in both ÷ members in either; 0 for two empty segments)
     *
     *   Segment       1     2     3
     * -----------------------------
     * 1 vip        1.00  0.00  0.67
     * 2 lapsed     0.00  1.00  0.00
     * 3 promoters  0.67  0.00  1.00
     * }</pre>
     *
     * @return the text, lines ending in {@code \n}
     */
    public String toText() {
        return OverlapText.render(this);
    }

    private int position(Segment<T> segment, String argument) {
        checkNotNull(segment, argument);
        Integer i = positions.get(segment);
        checkArgument(i != null, "%s: segment %s is not in this matrix", argument, ReportFormat.quoted(segment));
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OverlapMatrix<?> other
                && segments.equals(other.segments)
                && Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * segments.hashCode() + Arrays.deepHashCode(counts);
    }

    /** The counts row by row, e.g. {@code OverlapMatrix[vip=[4, 2], lapsed=[2, 6]]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("OverlapMatrix[");
        for (int i = 0; i < segments.size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(ReportFormat.label(segments.get(i)))
                    .append('=')
                    .append(Arrays.toString(counts[i]));
        }
        return text.append(']').toString();
    }
}
