package io.segmentation.benchmarks;

import io.segmentation.EvaluationContext;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5b: one {@code matches} call (benchmark 1's segment) per operation, to read its allocation with
 * {@code -prof gc} ({@code gc.alloc.rate.norm}, bytes per operation), beside the hand-written check.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar MatchAllocationBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatchAllocationBenchmark {

    private static final int MASK = (1 << 14) - 1;

    private List<Customer> customers;
    private SegmentMatcher<Customer> matcher;
    private EvaluationContext context;
    private LocalDate today;
    private int next;

    /** Builds a small population and compiles the segment. */
    @Setup
    public void setUp() {
        customers = Populations.customers(MASK + 1, 7);
        matcher = SegmentMatcher.of(Segments.youngValuable());
        context = EvaluationContext.asOf(Populations.AS_OF);
        today = LocalDate.ofInstant(Populations.AS_OF, ZoneOffset.UTC);
    }

    /**
     * The library: one match.
     *
     * @return the answer
     */
    @Benchmark
    public boolean compiledMatches() {
        return matcher.matches(customers.get(next++ & MASK), context);
    }

    /**
     * The baseline: one hand-written check.
     *
     * @return the answer
     */
    @Benchmark
    public boolean handWrittenMatches() {
        return Segments.youngValuableByHand(customers.get(next++ & MASK), today);
    }
}
