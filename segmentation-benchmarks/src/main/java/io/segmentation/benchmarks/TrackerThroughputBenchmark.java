package io.segmentation.benchmarks;

import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: live membership throughput — order events per second fed to a {@link MembershipTracker} with 200
 * segments live over 20 000 customers (each event: a customer with one more order, one second later), beside a
 * hand-written tracker that re-runs 200 predicates and diffs a bit set per customer.
 *
 * <pre>
 * java -jar segmentation-benchmarks/target/benchmarks.jar TrackerThroughputBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrackerThroughputBenchmark {

    private static final int CUSTOMERS = 20_000;

    private List<Customer> updated;
    private List<Segment<Customer>> segments;
    private List<Predicate<Customer>> byHand;
    private MembershipTracker<Customer> tracker;
    private Map<String, long[]> handMemberships;
    private Instant clock;
    private int next;
    private long changes;

    /** Prepares the customers and each one's next version with one more order. */
    @Setup(Level.Trial)
    public void prepare() {
        List<Customer> customers = Populations.customers(CUSTOMERS, 5);
        updated = new ArrayList<>(CUSTOMERS);
        int i = 0;
        for (Customer c : customers) {
            updated.add(c.toBuilder()
                    .order(Order.builder("new-" + i++, Populations.AS_OF, new BigDecimal("120.00"))
                            .build())
                    .build());
        }
        segments = Segments.many();
        byHand = Segments.manyByHand(Populations.AS_OF);
        tracker = MembershipTracker.over(SegmentEngine.of(segments));
        tracker.addListener(change -> changes++);
        handMemberships = new HashMap<>();
        for (Customer c : customers) {
            tracker.update(c, Populations.AS_OF);
            handMemberships.put(c.id(), evaluateByHand(c));
        }
        clock = Populations.AS_OF;
    }

    /**
     * The library: one order event.
     *
     * @return changes seen so far
     */
    @Benchmark
    public long tracker() {
        clock = clock.plusSeconds(1);
        tracker.update(updated.get(next++ % CUSTOMERS), clock);
        return changes;
    }

    /**
     * The baseline: re-run the 200 predicates for the customer and count the bits that changed.
     *
     * @return changes seen so far
     */
    @Benchmark
    public long handWritten() {
        Customer c = updated.get(next++ % CUSTOMERS);
        long[] now = evaluateByHand(c);
        long[] before = handMemberships.put(c.id(), now);
        for (int w = 0; w < now.length; w++) {
            changes += Long.bitCount(now[w] ^ (before == null ? 0 : before[w]));
        }
        return changes;
    }

    private long[] evaluateByHand(Customer c) {
        long[] bits = new long[(byHand.size() + 63) / 64];
        for (int i = 0; i < byHand.size(); i++) {
            if (byHand.get(i).test(c)) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }
}
