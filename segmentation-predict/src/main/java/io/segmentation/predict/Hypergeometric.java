package io.segmentation.predict;

import java.util.Arrays;

/**
 * The Gaussian hypergeometric function {@code 2F1(a, b; c; z)} for {@code 0 <= z < 1}, by its power series. Hipparchus
 * has no hypergeometric function, so this is the one piece of special-function numerics written here.
 *
 * <p>The series {@code sum_n (a)_n (b)_n / ((c)_n n!) z^n} converges for {@code |z| < 1}; its terms behave like
 * {@code n^(a+b-c-1) z^n}. When {@code a + b - c > 0} the terms first grow, so the Euler transformation
 * {@code 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z)} is used instead, whose terms behave like
 * {@code n^(c-a-b-1) z^n} and fall from the start. Summation stops once the remaining tail, bounded by a geometric
 * series of the current term ratio, is below {@code 1e-15} of the sum; a series that has not converged after
 * {@link #MAX_TERMS} terms (z extremely close to 1) fails with an {@link ArithmeticException} naming the arguments.
 */
final class Hypergeometric {

    /** The most terms summed before giving up. */
    static final int MAX_TERMS = 1_000_000;

    private static final double TOLERANCE = 1e-15;

    private Hypergeometric() {}

    /**
     * {@code 2F1(a, b; c; z)}.
     *
     * @param a the first numerator parameter
     * @param b the second numerator parameter
     * @param c the denominator parameter, not zero or a negative integer
     * @param z the argument, {@code 0 <= z < 1}
     * @return the value
     * @throws ArithmeticException if the arguments are outside the domain or the series does not converge
     */
    static double f21(double a, double b, double c, double z) {
        return scaled(0, a, b, c, z);
    }

    /**
     * {@code (1 - z)^power * 2F1(a, b; c; z)}, with the powers of {@code 1 - z} combined before they are taken so that
     * neither factor overflows on its own when the product is moderate.
     *
     * @param power the exponent of {@code 1 - z}
     * @param a the first numerator parameter
     * @param b the second numerator parameter
     * @param c the denominator parameter, not zero or a negative integer
     * @param z the argument, {@code 0 <= z < 1}
     * @return the product
     * @throws ArithmeticException if the arguments are outside the domain or the series does not converge
     */
    static double scaled(double power, double a, double b, double c, double z) {
        check(a, b, c, z);
        if (z == 0) {
            return 1;
        }
        if (a + b - c > 0) {
            return Math.pow(1 - z, power + c - a - b) * series(c - a, c - b, c, z, a, b);
        }
        return Math.pow(1 - z, power) * series(a, b, c, z, a, b);
    }

    private static void check(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1) || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) {
            throw new ArithmeticException(
                    describe(a, b, c, z) + " is only evaluated for finite parameters and 0 <= z < 1");
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new ArithmeticException(describe(a, b, c, z) + " is undefined: c is zero or a negative integer");
        }
    }

    /**
     * {@code (1 - z_k)^power * 2F1(a, b; c; z_k)} for several arguments at once, into {@code out}. The series share
     * their coefficients, so each term costs one division for all arguments together.
     *
     * @param power the exponent of {@code 1 - z}
     * @param a the first numerator parameter
     * @param b the second numerator parameter
     * @param c the denominator parameter, not zero or a negative integer
     * @param z the arguments, ascending, each {@code 0 <= z < 1}
     * @param out receives the products, at least as long as {@code z}
     * @throws ArithmeticException if the arguments are outside the domain or a series does not converge
     */
    static void scaledAll(double power, double a, double b, double c, double[] z, double[] out) {
        for (int k = 0; k < z.length; k++) {
            check(a, b, c, z[k]);
            if (k > 0 && z[k] < z[k - 1]) {
                throw new IllegalArgumentException("scaledAll needs ascending arguments but got " + Arrays.toString(z));
            }
        }
        boolean euler = a + b - c > 0;
        double sa = euler ? c - a : a;
        double sb = euler ? c - b : b;
        double exponent = euler ? power + c - a - b : power;
        double[] term = new double[z.length];
        Arrays.fill(term, 1);
        Arrays.fill(out, 0, z.length, 1);
        double settled = -Math.min(0, Math.min(sa, Math.min(sb, c)));
        double ratio = sa * sb / c;
        // Smaller arguments converge first: only the smallest series still running is tested each term.
        int first = 0;
        for (int n = 0; n < MAX_TERMS && first < z.length; n++) {
            double next = (sa + n + 1) * (sb + n + 1) / ((c + n + 1) * (n + 2));
            for (int k = first; k < z.length; k++) {
                term[k] *= ratio * z[k];
                out[k] += term[k];
            }
            while (first < z.length && converged(term[first], out[first], next * z[first], z[first], n >= settled)) {
                first++;
            }
            ratio = next;
        }
        if (first < z.length) {
            throw new ArithmeticException(
                    describe(a, b, c, z[first]) + " did not converge within " + MAX_TERMS + " terms");
        }
        for (int k = 0; k < z.length; k++) {
            if (!Double.isFinite(out[k])) {
                throw new ArithmeticException(describe(a, b, c, z[k]) + " overflowed");
            }
            out[k] *= z[k] == 0 ? 1 : Math.pow(1 - z[k], exponent);
        }
    }

    private static boolean converged(double term, double sum, double nextRatio, double z, boolean settled) {
        double q = Math.max(Math.abs(nextRatio), z);
        return term == 0 || (settled && q < 1 && Math.abs(term) * q <= TOLERANCE * Math.abs(sum) * (1 - q));
    }

    private static double series(double a, double b, double c, double z, double originalA, double originalB) {
        // Before every factor (a + n), (b + n), (c + n) is positive a term can be tiny by cancellation alone.
        double settled = -Math.min(0, Math.min(a, Math.min(b, c)));
        double sum = 1;
        double term = 1;
        double ratio = a * b / c * z;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= ratio;
            sum += term;
            if (term == 0) {
                return sum;
            }
            double next = (a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z;
            // The ratio tends to z; once it and z are below 1, the tail is at most term * q / (1 - q).
            double q = Math.max(Math.abs(next), z);
            if (n >= settled && q < 1 && Math.abs(term) * q <= TOLERANCE * Math.abs(sum) * (1 - q)) {
                return sum;
            }
            if (!Double.isFinite(sum)) {
                break;
            }
            ratio = next;
        }
        throw new ArithmeticException(describe(originalA, originalB, c, z) + " did not converge within " + MAX_TERMS
                + " terms (z too close to 1 or the sum overflowed)");
    }

    private static String describe(double a, double b, double c, double z) {
        return "2F1(" + a + ", " + b + "; " + c + "; " + z + ")";
    }
}
