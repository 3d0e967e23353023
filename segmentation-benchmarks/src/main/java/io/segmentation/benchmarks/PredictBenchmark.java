package io.segmentation.benchmarks;

import io.segmentation.predict.BgNbdModel;
import io.segmentation.predict.ClvHorizon;
import io.segmentation.predict.CustomerSummary;
import io.segmentation.predict.GammaGammaModel;
import io.segmentation.predict.ParetoNbdModel;
import io.segmentation.predict.Predictions;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.hipparchus.random.RandomDataGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 6: the predictive models. Fitting BG/NBD, Pareto/NBD and Gamma-Gamma on 2,357 customers (CDNOW's size),
 * beside one hand-written evaluation of the BG/NBD log-likelihood (a fit costs a few hundred of them); and scoring
 * customers — expected purchases in the next 90 days, probability alive and a 12-month CLV at 1% a month — with the
 * library, single-threaded and on all cores, beside the same formulas written by hand over primitive arrays.
 *
 * <p>Customers are synthetic, drawn from the BG/NBD and Gamma-Gamma processes with CDNOW's published parameters
 * (weeks; T uniform in 27..39 weeks), so they look like CDNOW without shipping its data. The setup checks that the
 * hand-written scores equal the library's for the first 10,000 customers.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar PredictBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PredictBenchmark {

    private static final double R = 0.243;
    private static final double ALPHA = 4.414;
    private static final double A = 0.793;
    private static final double B = 2.426;
    private static final double P = 6.25;
    private static final double Q = 3.74;
    private static final double GAMMA = 15.44;
    private static final double HORIZON_WEEKS = 90.0 / 7;
    private static final double MONTH_WEEKS = 30.436875 / 7;
    private static final int MONTHS = 12;
    private static final double MONTHLY_RATE = 0.01;
    private static final double MARGIN = 0.3;

    /** CDNOW-sized data to fit on. */
    @State(Scope.Benchmark)
    public static class Fitting {
        /** The customers' summaries. */
        public List<CustomerSummary> summaries;

        /** The repeat buyers among them. */
        public List<CustomerSummary> repeaters;

        private int[] x;
        private double[] tx;
        private double[] age;

        /** Draws 2,357 customers. */
        @Setup(Level.Trial)
        public void setUp() {
            summaries = simulate(2357, 7);
            repeaters = GammaGammaModel.repeaters(summaries);
            x = new int[summaries.size()];
            tx = new double[x.length];
            age = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = summaries.get(i).frequency();
                tx[i] = summaries.get(i).recency();
                age[i] = summaries.get(i).age();
            }
        }
    }

    /** Customers to score. */
    @State(Scope.Benchmark)
    public static class Scoring {
        /** The number of customers. */
        @Param({"1000000"})
        public int size;

        private List<CustomerSummary> summaries;
        private int[] x;
        private double[] tx;
        private double[] age;
        private double[] spend;
        private BgNbdModel model;
        private Predictions predictions;
        private ClvHorizon horizon;

        /** Draws the customers and checks the baseline against the library. */
        @Setup(Level.Trial)
        public void setUp() {
            summaries = simulate(size, 42);
            x = new int[size];
            tx = new double[size];
            age = new double[size];
            spend = new double[size];
            for (int i = 0; i < size; i++) {
                CustomerSummary s = summaries.get(i);
                x[i] = s.frequency();
                tx[i] = s.recency();
                age[i] = s.age();
                spend[i] = s.meanRepeatSpend().orElseThrow();
            }
            model = BgNbdModel.of(R, ALPHA, A, B, ChronoUnit.WEEKS);
            predictions = Predictions.of(model).withSpend(GammaGammaModel.of(P, Q, GAMMA));
            horizon = ClvHorizon.of(MONTHS, ChronoUnit.MONTHS).discountRatePerPeriod(MONTHLY_RATE);
            for (int i = 0; i < Math.min(size, 10_000); i++) {
                double library = score(this, i);
                double byHand = scoreByHand(this, i);
                if (Math.abs(library - byHand) > 1e-9 * Math.max(1, Math.abs(library))) {
                    throw new IllegalStateException(
                            "baseline " + byHand + " differs from library " + library + " for " + summaries.get(i));
                }
            }
        }
    }

    /**
     * The library: fit BG/NBD.
     *
     * @param data the customers
     * @return the model
     */
    @Benchmark
    public BgNbdModel fitBgNbd(Fitting data) {
        return BgNbdModel.fit(data.summaries);
    }

    /**
     * The library: fit Pareto/NBD.
     *
     * @param data the customers
     * @return the model
     */
    @Benchmark
    public ParetoNbdModel fitParetoNbd(Fitting data) {
        return ParetoNbdModel.fit(data.summaries);
    }

    /**
     * The library: fit Gamma-Gamma on the repeat buyers.
     *
     * @param data the customers
     * @return the model
     */
    @Benchmark
    public GammaGammaModel fitGammaGamma(Fitting data) {
        return GammaGammaModel.fit(data.repeaters);
    }

    /**
     * The baseline for fitting: one BG/NBD log-likelihood over the customers, written by hand.
     *
     * @param data the customers
     * @return the log-likelihood at the published parameters
     */
    @Benchmark
    public double logLikelihoodByHand(Fitting data) {
        double logBeta = org.hipparchus.special.Beta.logBeta(A, B);
        double sum = 0;
        for (int i = 0; i < data.x.length; i++) {
            int x = data.x[i];
            double common = org.hipparchus.special.Gamma.logGamma(R + x)
                    - org.hipparchus.special.Gamma.logGamma(R)
                    + R * Math.log(ALPHA);
            double first = Math.exp(
                    org.hipparchus.special.Beta.logBeta(A, B + x) - logBeta - (R + x) * Math.log(ALPHA + data.age[i]));
            double second = x == 0
                    ? 0
                    : Math.exp(org.hipparchus.special.Beta.logBeta(A + 1, B + x - 1)
                            - logBeta
                            - (R + x) * Math.log(ALPHA + data.tx[i]));
            sum += common + Math.log(first + second);
        }
        return sum;
    }

    /**
     * The library, one thread: expected purchases in 90 days, probability alive and 12-month CLV per customer.
     *
     * @param data the customers
     * @return the sum of the three scores over all customers
     */
    @Benchmark
    public double scoreLibrary(Scoring data) {
        double sum = 0;
        for (int i = 0; i < data.size; i++) {
            sum += score(data, i);
        }
        return sum;
    }

    /**
     * The library on all cores (a parallel stream).
     *
     * @param data the customers
     * @return the sum of the scores
     */
    @Benchmark
    public double scoreLibraryParallel(Scoring data) {
        return IntStream.range(0, data.size)
                .parallel()
                .mapToDouble(i -> score(data, i))
                .sum();
    }

    /**
     * The baseline, one thread: the same formulas by hand over primitive arrays.
     *
     * @param data the customers
     * @return the sum of the scores
     */
    @Benchmark
    public double scoreByHand(Scoring data) {
        double sum = 0;
        for (int i = 0; i < data.size; i++) {
            sum += scoreByHand(data, i);
        }
        return sum;
    }

    /**
     * The baseline on all cores.
     *
     * @param data the customers
     * @return the sum of the scores
     */
    @Benchmark
    public double scoreByHandParallel(Scoring data) {
        return IntStream.range(0, data.size)
                .parallel()
                .mapToDouble(i -> scoreByHand(data, i))
                .sum();
    }

    private static double score(Scoring data, int i) {
        CustomerSummary s = data.summaries.get(i);
        return data.model.expectedPurchases(Duration.ofDays(90), s)
                + data.model.probabilityAlive(s)
                + data.predictions.predictedClv(s, data.horizon, MARGIN);
    }

    private static double scoreByHand(Scoring data, int i) {
        int x = data.x[i];
        double tx = data.tx[i];
        double age = data.age[i];
        double alive = x == 0 ? 1 : 1 / (1 + A / (B + x - 1) * Math.pow((ALPHA + age) / (ALPHA + tx), R + x));
        double spend = P * (GAMMA + x * data.spend[i]) / (P * x + Q - 1);
        double clv = 0;
        double previous = 0;
        double discount = 1;
        for (int k = 1; k <= MONTHS; k++) {
            double expected = expectedByHand(k * MONTH_WEEKS, x, age, alive);
            discount /= 1 + MONTHLY_RATE;
            clv += (expected - previous) * discount;
            previous = expected;
        }
        return expectedByHand(HORIZON_WEEKS, x, age, alive) + alive + MARGIN * spend * clv;
    }

    private static double expectedByHand(double t, int x, double age, double alive) {
        double z = t / (ALPHA + age + t);
        double a = R + x;
        double b = B + x;
        double c = A + B + x - 1;
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 100_000; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return (A + B + x - 1) / (A - 1) * (1 - Math.pow(1 - z, R + x) * sum) * alive;
    }

    /** Customers drawn from BG/NBD (CDNOW's parameters, weeks) with Gamma-Gamma spend. */
    static List<CustomerSummary> simulate(int size, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<CustomerSummary> summaries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double age = Math.round((27 + random.nextDouble() * 12) * 7) / 7.0;
            double lambda = random.nextGamma(R, 1 / ALPHA);
            double dropOut = random.nextBeta(A, B);
            double nu = random.nextGamma(Q, 1 / GAMMA);
            int x = 0;
            double t = 0;
            double last = 0;
            double spent = 0;
            while (true) {
                t += random.nextExponential(1 / lambda);
                if (t > age) {
                    break;
                }
                x++;
                last = t;
                spent += random.nextGamma(P, 1 / nu);
                if (random.nextDouble() < dropOut) {
                    break;
                }
            }
            summaries.add(CustomerSummary.of(x, last, age, x == 0 ? 0 : spent / x, ChronoUnit.WEEKS));
        }
        return summaries;
    }
}
