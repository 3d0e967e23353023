package io.segmentation.benchmarks;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.index.PopulationIndex;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5a: building a {@link PopulationIndex} with the columns benchmark 1's segment needs, and the heap it
 * retains per customer (printed at the end of the trial), beside the baseline of copying the same four values into
 * primitive arrays by hand.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar IndexBuildBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class IndexBuildBenchmark {

    /** Population size. */
    @Param({"1000000"})
    public int size;

    private List<Customer> customers;
    private EvaluationContext context;
    private Segment<Customer> segment;
    private PopulationIndex<Customer> retained;

    /** Builds the population. */
    @Setup(Level.Trial)
    public void setUp() {
        customers = Populations.customers(size, 42);
        context = EvaluationContext.asOf(Populations.AS_OF);
        segment = Segments.youngValuable();
    }

    /**
     * The library: build the index and the segment's columns.
     *
     * @return the index
     */
    @Benchmark
    public PopulationIndex<Customer> build() {
        retained = PopulationIndex.build(customers, context, segment);
        return retained;
    }

    /**
     * The baseline: the four values copied into primitive arrays.
     *
     * @return the arrays
     */
    @Benchmark
    public Object handWrittenArrays() {
        double[] spent = new double[customers.size()];
        int[] purchases = new int[customers.size()];
        int[] ages = new int[customers.size()];
        byte[] countries = new byte[customers.size()];
        java.time.LocalDate today = java.time.LocalDate.ofInstant(Populations.AS_OF, java.time.ZoneOffset.UTC);
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            ages[i] = c.birthDate()
                    .map(b -> java.time.Period.between(b, today).getYears())
                    .orElse(-1);
            purchases[i] = c.orders().size();
            String country = c.country().orElse("");
            countries[i] = (byte) (country.equals("DE") ? 0 : country.equals("FR") ? 1 : country.equals("NL") ? 2 : 3);
            double total = 0;
            for (io.segmentation.customer.Order o : c.orders()) {
                total += o.total().doubleValue();
            }
            spent[i] = total;
        }
        return new Object[] {ages, purchases, countries, spent};
    }

    /** Reports the heap the last index retains, per customer. */
    @TearDown(Level.Trial)
    public void reportFootprint() {
        Runtime runtime = Runtime.getRuntime();
        retained = null;
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        retained = PopulationIndex.build(customers, context, segment);
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "%nindex footprint: %.1f bytes per customer (%d customers, %s columns for %s)%n",
                (after - before) / (double) customers.size(),
                customers.size(),
                retained,
                segment.name().orElse(""));
    }
}
