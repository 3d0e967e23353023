package io.segmentation.testkit;

/**
 * Log-likelihoods of the BG/NBD and Gamma-Gamma models for one customer, to check that synthetic populations follow
 * the models with the parameters they were built with: the true parameters must explain the data better than others.
 */
final class Likelihoods {

    /** Lanczos coefficients (g = 7, n = 9), as in Numerical Recipes and most libraries. */
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private Likelihoods() {}

    /** ln Γ(x) for x > 0, by the Lanczos approximation (relative error below 1e-13). */
    static double lnGamma(double x) {
        if (x < 0.5) {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(π x).
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /**
     * The BG/NBD log-likelihood of one customer (Fader, Hardie and Lee 2005, equation 6).
     *
     * @param x repeat purchases
     * @param tx weeks from the first purchase to the last
     * @param t weeks from the first purchase to the end of observation
     */
    static double bgNbd(PopulationSpec.BgNbd m, int x, double tx, double t) {
        double r = m.r();
        double alpha = m.alpha();
        double a = m.a();
        double b = m.b();
        double common = lnGamma(r + x)
                - lnGamma(r)
                + r * Math.log(alpha)
                + lnGamma(a + b)
                + lnGamma(b + x)
                - lnGamma(b)
                - lnGamma(a + b + x);
        double alive = -(r + x) * Math.log(alpha + t);
        if (x == 0) {
            return common + alive;
        }
        double dropped = Math.log(a / (b + x - 1)) - (r + x) * Math.log(alpha + tx);
        double max = Math.max(alive, dropped);
        return common + max + Math.log(Math.exp(alive - max) + Math.exp(dropped - max));
    }

    /**
     * The Gamma-Gamma log-likelihood of the mean value of one customer's transactions (Fader, Hardie and Lee 2005;
     * Fader and Hardie's note on the Gamma-Gamma model, equation 2).
     *
     * @param x the number of transactions, at least 1
     * @param mean their mean value, positive
     */
    static double gammaGamma(PopulationSpec.GammaGamma m, int x, double mean) {
        double px = m.p() * x;
        return lnGamma(px + m.q())
                - lnGamma(px)
                - lnGamma(m.q())
                + m.q() * Math.log(m.gamma())
                + (px - 1) * Math.log(mean)
                + px * Math.log(x)
                - (px + m.q()) * Math.log(m.gamma() + mean * x);
    }
}
