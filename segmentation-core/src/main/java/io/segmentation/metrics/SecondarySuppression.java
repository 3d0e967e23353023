package io.segmentation.metrics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which rows of a report to withhold on top of the small ones, so that no small group's figures follow from
 * the figures released. Rows are sets of members: index 0 is the population, 1.. the segments. Everything is read
 * from the Gram matrix of the rows' membership vectors, {@code gram[i][j] = |row i ∩ row j|} (so {@code gram[i][i]}
 * is a size and {@code gram[0][j] = gram[j][j]}).
 *
 * <p>Every figure a report shows — a size, a revenue, an order count, and the averages and rates built from such
 * totals — is a sum over a row's members. Adding and subtracting released rows gives the sums of any set whose
 * membership vector lies in the linear span of the released rows' vectors, and only those. So the protection asked
 * for is: no protected set — a suppressed row, or a small difference between two released nested rows — has its
 * vector in that span. A vector {@code v} lies in the span of vectors {@code R} exactly when adding it leaves the rank
 * unchanged, and the rank of a set of vectors is the rank of their Gram matrix (over the rationals: {@code Gx = 0}
 * implies {@code |Mx|² = xᵀGx = 0}). Ranks are computed exactly (fraction-free elimination on {@link BigInteger}s).
 *
 * <p>The search is greedy: while a protected set is derivable, withhold the smallest released segment row whose
 * removal makes it underivable (or, if no single row does, the smallest one), and start again; the population row
 * is never withheld here. The result is safe, not necessarily the fewest rows.
 */
final class SecondarySuppression {

    private final long[][] gram;
    private final int minimumSize;
    private final int rows;
    private final BitSet released = new BitSet();
    // coefficient vectors over the rows, each describing a set of members that must not be derivable
    private final List<long[]> protectedSets = new ArrayList<>();

    private SecondarySuppression(long[][] gram, BitSet suppressed, int minimumSize) {
        this.gram = gram;
        this.minimumSize = minimumSize;
        this.rows = gram.length;
        for (int i = 0; i < rows; i++) {
            if (!suppressed.get(i)) {
                released.set(i);
            } else if (gram[i][i] > 0) {
                protectedSets.add(unit(i));
            }
        }
    }

    /**
     * The rows to withhold in addition to the small ones.
     *
     * @param gram the rows' pairwise overlaps, row 0 the population
     * @param suppressed the rows already withheld for being small (never row 0 here)
     * @param minimumSize the report's minimum size
     * @return the rows to withhold too
     */
    static BitSet of(long[][] gram, BitSet suppressed, int minimumSize) {
        SecondarySuppression search = new SecondarySuppression(gram, suppressed, minimumSize);
        search.run();
        BitSet secondary = new BitSet();
        for (int i = 1; i < gram.length; i++) {
            if (!suppressed.get(i) && !search.released.get(i)) {
                secondary.set(i);
            }
        }
        return secondary;
    }

    private void run() {
        boolean changed = true;
        while (changed) {
            changed = withholdSmallDifference() || withholdOneDerivable();
        }
    }

    /**
     * Two released rows, one inside the other, whose sizes differ by 1 to minimumSize - 1 give away the few members
     * between them: withhold the inner one and protect the difference from then on.
     */
    private boolean withholdSmallDifference() {
        for (int outer = released.nextSetBit(0); outer >= 0; outer = released.nextSetBit(outer + 1)) {
            for (int inner = released.nextSetBit(1); inner >= 0; inner = released.nextSetBit(inner + 1)) {
                long difference = gram[outer][outer] - gram[inner][inner];
                boolean nested = inner != outer && gram[outer][inner] == gram[inner][inner];
                if (nested && difference > 0 && difference < minimumSize) {
                    released.clear(inner);
                    long[] set = unit(outer);
                    set[inner] = -1;
                    protectedSets.add(set);
                    return true;
                }
            }
        }
        return false;
    }

    private boolean withholdOneDerivable() {
        for (long[] set : protectedSets) {
            if (!derivable(set, released)) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int i = released.nextSetBit(1); i >= 0; i = released.nextSetBit(i + 1)) {
                candidates.add(i);
            }
            if (candidates.isEmpty()) {
                // a nonempty set smaller than the population is never a multiple of the population alone
                throw new IllegalStateException("secondary suppression found no row to withhold");
            }
            candidates.sort(Comparator.<Integer>comparingLong(i -> gram[i][i]).thenComparingInt(i -> i));
            int choice = candidates.get(0);
            for (int candidate : candidates) {
                BitSet without = (BitSet) released.clone();
                without.clear(candidate);
                if (!derivable(set, without)) {
                    choice = candidate;
                    break;
                }
            }
            released.clear(choice);
            return true;
        }
        return false;
    }

    /** Whether the set's membership vector is in the span of the given rows' vectors. */
    private boolean derivable(long[] set, BitSet basis) {
        List<long[]> vectors = new ArrayList<>();
        for (int i = basis.nextSetBit(0); i >= 0; i = basis.nextSetBit(i + 1)) {
            vectors.add(unit(i));
        }
        int without = rank(vectors);
        vectors.add(set);
        return rank(vectors) == without;
    }

    private long[] unit(int row) {
        long[] vector = new long[rows];
        vector[row] = 1;
        return vector;
    }

    /** The rank of the Gram matrix of vectors given as coefficients over the rows. */
    private int rank(List<long[]> vectors) {
        int n = vectors.size();
        BigInteger[][] matrix = new BigInteger[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                matrix[a][b] = inner(vectors.get(a), vectors.get(b));
            }
        }
        return rank(matrix);
    }

    private BigInteger inner(long[] a, long[] b) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < rows; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < rows; j++) {
                if (b[j] != 0) {
                    sum = sum.add(BigInteger.valueOf(a[i])
                            .multiply(BigInteger.valueOf(b[j]))
                            .multiply(BigInteger.valueOf(gram[i][j])));
                }
            }
        }
        return sum;
    }

    /** The rank of an integer matrix, by Bareiss's fraction-free elimination: exact. */
    static int rank(BigInteger[][] matrix) {
        int n = matrix.length;
        int m = n == 0 ? 0 : matrix[0].length;
        BigInteger[][] a = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        int rank = 0;
        BigInteger previous = BigInteger.ONE;
        for (int column = 0; column < m && rank < n; column++) {
            int pivot = -1;
            for (int r = rank; r < n; r++) {
                if (a[r][column].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            for (int r = rank + 1; r < n; r++) {
                for (int c = column + 1; c < m; c++) {
                    a[r][c] = a[rank][column]
                            .multiply(a[r][c])
                            .subtract(a[r][column].multiply(a[rank][c]))
                            .divide(previous);
                }
                a[r][column] = BigInteger.ZERO;
            }
            previous = a[rank][column];
            rank++;
        }
        return rank;
    }
}
