package io.segmentation.benchmarks;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import io.segmentation.engine.SegmentEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
 * Benchmark 3: one customer against 200 segments (the request path) with {@link SegmentEngine#segmentsOf}, beside
 * 200 hand-written predicates filling a bit set.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar ManySegmentsBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ManySegmentsBenchmark {

    private static final int MASK = (1 << 12) - 1;

    private List<Customer> customers;
    private SegmentEngine<Customer> engine;
    private List<Predicate<Customer>> byHand;
    private EvaluationContext context;
    private int next;

    /** Builds customers, the engine and the hand-written predicates. */
    @Setup
    public void setUp() {
        customers = Populations.customers(MASK + 1, 11);
        engine = SegmentEngine.of(Segments.many());
        byHand = Segments.manyByHand(Populations.AS_OF);
        context = EvaluationContext.asOf(Populations.AS_OF);
    }

    /**
     * The library.
     *
     * @return how many segments the customer is in
     */
    @Benchmark
    public int segmentsOf() {
        return engine.segmentsOf(customers.get(next++ & MASK), context).size();
    }

    /**
     * The baseline.
     *
     * @return how many segments the customer is in
     */
    @Benchmark
    public int handWritten() {
        Customer c = customers.get(next++ & MASK);
        long[] bits = new long[(byHand.size() + 63) / 64];
        int count = 0;
        for (int i = 0; i < byHand.size(); i++) {
            if (byHand.get(i).test(c)) {
                bits[i >>> 6] |= 1L << i;
                count++;
            }
        }
        return count;
    }
}
