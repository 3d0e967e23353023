package io.segmentation.predict;

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

    private static double series(double a, double b, double c, double z, double originalA, double originalB) {
        // Before every factor (a + n), (b + n), (c + n) is positive a term can be tiny by cancellation alone.
        double settled = -Math.min(0, Math.min(a, Math.min(b, c)));
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0) {
                return sum;
            }
            double next = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z);
            // The ratio tends to z; once it and z are below 1, the tail is at most term * q / (1 - q).
            double q = Math.max(next, z);
            if (n >= settled && q < 1 && Math.abs(term) * q / (1 - q) <= TOLERANCE * Math.abs(sum)) {
                return sum;
            }
            if (!Double.isFinite(sum)) {
                break;
            }
        }
        throw new ArithmeticException(describe(originalA, originalB, c, z) + " did not converge within " + MAX_TERMS
                + " terms (z too close to 1 or the sum overflowed)");
    }

    private static String describe(double a, double b, double c, double z) {
        return "2F1(" + a + ", " + b + "; " + c + "; " + z + ")";
    }
}
