package io.segmentation.benchmarks;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.index.PopulationIndex;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: the segment size preview — benchmark 1's segment counted by the {@link PopulationIndex} (columns and
 * bitmaps, columns already built), beside a hand-written loop over primitive arrays holding the same four values.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar IndexCountBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndexCountBenchmark {

    /** Population size; 10 000 000 needs about 16 GB of heap (-jvmArgsAppend -Xmx16g). */
    @Param({"100000", "1000000"})
    public int size;

    private PopulationIndex<Customer> index;
    private Segment<Customer> segment;
    private int[] ages;
    private int[] purchases;
    private byte[] countries;
    private double[] spent;

    /** Builds the population, the index (with the segment's columns) and the primitive arrays of the baseline. */
    @Setup
    public void setUp() {
        List<Customer> customers = Populations.customers(size, 42);
        EvaluationContext context = EvaluationContext.asOf(Populations.AS_OF);
        segment = Segments.youngValuable();
        index = PopulationIndex.build(customers, context);
        index.count(segment);

        LocalDate today = LocalDate.ofInstant(Populations.AS_OF, ZoneOffset.UTC);
        ages = new int[size];
        purchases = new int[size];
        countries = new byte[size];
        spent = new double[size];
        for (int i = 0; i < size; i++) {
            Customer c = customers.get(i);
            ages[i] =
                    c.birthDate().map(b -> Period.between(b, today).getYears()).orElse(-1);
            purchases[i] = c.orders().size();
            String country = c.country().orElse("");
            countries[i] = (byte) (country.equals("DE") ? 0 : country.equals("FR") ? 1 : country.equals("NL") ? 2 : 3);
            double total = 0;
            for (Order o : c.orders()) {
                total += o.total().doubleValue();
            }
            spent[i] = total;
        }
    }

    /**
     * The library.
     *
     * @return the segment's size
     */
    @Benchmark
    public int populationIndex() {
        return index.count(segment);
    }

    /**
     * The baseline: a loop over primitive arrays.
     *
     * @return the segment's size
     */
    @Benchmark
    public int handWrittenArrays() {
        int count = 0;
        for (int i = 0; i < ages.length; i++) {
            if (ages[i] >= 18 && ages[i] <= 25 && purchases[i] >= 3 && countries[i] < 3 && spent[i] > 500) {
                count++;
            }
        }
        return count;
    }
}
