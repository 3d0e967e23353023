package io.segmentation.benchmarks;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentMatcher;
import java.time.LocalDate;
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
 * Benchmark 1: counting one segment ({@code age 18-25 AND purchases >= 3 AND country IN (DE, FR, NL) AND total spent
 * > 500}) over a list of customers with the compiled matcher, beside the same loop written by hand.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar OneSegmentBenchmark
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
public class OneSegmentBenchmark {

    /** Population size; 10 000 000 needs about 16 GB of heap (-jvmArgsAppend -Xmx16g). */
    @Param({"100000", "1000000"})
    public int size;

    private List<Customer> customers;
    private SegmentMatcher<Customer> matcher;
    private EvaluationContext context;
    private LocalDate today;

    /** Builds the population and compiles the segment. */
    @Setup
    public void setUp() {
        customers = Populations.customers(size, 42);
        Segment<Customer> segment = Segments.youngValuable();
        matcher = SegmentMatcher.of(segment);
        context = EvaluationContext.asOf(Populations.AS_OF);
        today = LocalDate.ofInstant(Populations.AS_OF, ZoneOffset.UTC);
    }

    /**
     * The library.
     *
     * @return the segment's size
     */
    @Benchmark
    public int compiledMatcher() {
        int count = 0;
        for (Customer c : customers) {
            if (matcher.matches(c, context)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The baseline.
     *
     * @return the segment's size
     */
    @Benchmark
    public int handWritten() {
        int count = 0;
        for (Customer c : customers) {
            if (Segments.youngValuableByHand(c, today)) {
                count++;
            }
        }
        return count;
    }
}
