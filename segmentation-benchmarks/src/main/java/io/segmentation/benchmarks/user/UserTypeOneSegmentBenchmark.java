package io.segmentation.benchmarks.user;

import io.segmentation.EvaluationContext;
import io.segmentation.engine.SegmentMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The user-type setting, one segment over objects: counting {@code age 18-25 AND purchases >= 3 AND country IN (DE,
 * FR, NL) AND spend > 500} over 1,000,000 {@link Person}s (a user's own class, attributes from
 * {@link PersonAttributes}) three ways in the same run: the hand-written {@code for} loop, {@code Predicate.and}
 * composition, and the library's {@link SegmentMatcher}.
 *
 * <p>Each invocation walks the whole population and is declared as {@value #SIZE} operations, so scores read as
 * nanoseconds per person, and with {@code -prof gc} the line {@code gc.alloc.rate.norm} reads as bytes allocated per
 * person (B/op normalised by JMH over the operations). Ratios are meaningful only within one run. Set-up (the
 * population, the compiled matcher) is outside the measurement.
 *
 * <pre>
 * ./mvnw -q -pl segmentation-benchmarks -am package -DskipTests
 * java -jar segmentation-benchmarks/target/benchmarks.jar UserTypeOneSegmentBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UserTypeOneSegmentBenchmark {

    /** How many people; each invocation counts all of them. */
    public static final int SIZE = 1_000_000;

    /** The population's seed. */
    public static final long SEED = 42;

    private List<Person> people;
    private SegmentMatcher<Person> matcher;
    private Predicate<Person> predicate;
    private EvaluationContext context;

    /** Builds the population, compiles the segment and composes the predicate. */
    @Setup
    public void setUp() {
        people = People.of(SIZE, SEED);
        matcher = SegmentMatcher.of(PersonSegments.youngValuable());
        predicate = PersonPredicates.youngValuable();
        context = EvaluationContext.asOf(People.AS_OF);
    }

    /**
     * Baseline: the hand-written loop.
     *
     * @return the segment's size
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int handWrittenLoop() {
        int count = 0;
        for (Person p : people) {
            if (HandWritten.youngValuable(p)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Baseline: {@code Predicate.and} composition.
     *
     * @return the segment's size
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int predicateAnd() {
        int count = 0;
        for (Person p : people) {
            if (predicate.test(p)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The library: the compiled matcher.
     *
     * @return the segment's size
     */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public int segmentMatcher() {
        int count = 0;
        for (Person p : people) {
            if (matcher.matches(p, context)) {
                count++;
            }
        }
        return count;
    }
}
