package io.segmentation.benchmarks.user;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.SegmentEngine;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 * The user-type setting, the request path: one {@link Person} (a user's own class) against the 200 segments of
 * {@link SegmentRule#twoHundred()}, four ways in the same run: 200 hand-written {@code if}s ({@link TwoHundredIfs}), a
 * hand-written branchless segment table ({@link SegmentTable}), 200 {@code Predicate.and} compositions, and the
 * library's {@link SegmentEngine#segmentsOf}. Each operation answers one visitor, taken in turn from 4,096.
 *
 * <p>The hand-written ways write into a bit set the benchmark owns and reuses (the allocation-free answer issue 14
 * asks of the library); {@code segmentsOf} returns a new set, as its API does. Every answer is returned, so JMH
 * consumes it. With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per visitor (B/op). Set-up (the
 * visitors, the engine, the table) is outside the measurement.
 *
 * <pre>
 * ./mvnw -q -pl segmentation-benchmarks -am package -DskipTests
 * java -jar segmentation-benchmarks/target/benchmarks.jar UserTypeManySegmentsBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UserTypeManySegmentsBenchmark {

    private static final int MASK = (1 << 12) - 1;

    private List<Person> visitors;
    private SegmentEngine<Person> engine;
    private TwoHundredIfs ifs;
    private SegmentTable table;
    private Predicate<Person>[] predicates;
    private EvaluationContext context;
    private long[] bits;
    private int next;

    /** Builds the visitors, the engine and the hand-written baselines. */
    @Setup
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic predicates, filled from a typed list
    public void setUp() {
        visitors = People.of(MASK + 1, 11);
        List<SegmentRule> rules = SegmentRule.twoHundred();
        engine = SegmentEngine.of(PersonSegments.many());
        ifs = TwoHundredIfs.of(rules);
        table = SegmentTable.of(rules);
        predicates = PersonPredicates.many().toArray(new Predicate[0]);
        context = EvaluationContext.asOf(People.AS_OF);
        bits = new long[(rules.size() + 63) / 64];
    }

    /**
     * Baseline: 200 hand-written {@code if}s.
     *
     * @return the visitor's segments as bits
     */
    @Benchmark
    public long[] handWrittenIfs() {
        ifs.matchInto(visitors.get(next++ & MASK), bits);
        return bits;
    }

    /**
     * Baseline: the hand-written branchless segment table.
     *
     * @return the visitor's segments as bits
     */
    @Benchmark
    public long[] handWrittenTable() {
        table.matchInto(visitors.get(next++ & MASK), bits);
        return bits;
    }

    /**
     * Baseline: 200 {@code Predicate.and} compositions, one after another.
     *
     * @return the visitor's segments as bits
     */
    @Benchmark
    public long[] predicateAnd() {
        Person p = visitors.get(next++ & MASK);
        long[] b = bits;
        Arrays.fill(b, 0L);
        for (int i = 0; i < predicates.length; i++) {
            if (predicates[i].test(p)) {
                b[i >>> 6] |= 1L << i;
            }
        }
        return b;
    }

    /**
     * The library: the engine's answer.
     *
     * @return the visitor's segments
     */
    @Benchmark
    public Set<Segment<Person>> segmentsOf() {
        return engine.segmentsOf(visitors.get(next++ & MASK), context);
    }
}
