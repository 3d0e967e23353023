package io.segmentation.benchmarks.user;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.index.PopulationIndex;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The user-type setting, counting over columns: {@code age 18-25 AND purchases >= 3 AND country IN (DE, FR, NL) AND
 * spend > 500} over 1,000,000 {@link Person}s with {@link PopulationIndex#count} (index built and the segment's
 * columns prepared in set-up), beside a hand-written branchless loop over the same four values copied into primitive
 * arrays ({@link PersonColumns}), in the same run.
 *
 * <p>Each invocation counts the whole population and is declared as {@value UserTypeOneSegmentBenchmark#SIZE}
 * operations, so scores read as nanoseconds per person, comparable with {@link UserTypeOneSegmentBenchmark}'s row
 * paths, and with {@code -prof gc} {@code gc.alloc.rate.norm} reads as bytes per person.
 *
 * <pre>
 * ./mvnw -q -pl segmentation-benchmarks -am package -DskipTests
 * java -jar segmentation-benchmarks/target/benchmarks.jar UserTypeIndexCountBenchmark -prof gc
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
public class UserTypeIndexCountBenchmark {

    private PopulationIndex<Person> index;
    private Segment<Person> segment;
    private PersonColumns columns;

    /** Builds the population, the index with the segment's columns, and the hand-written columns. */
    @Setup
    public void setUp() {
        List<Person> people = People.of(UserTypeOneSegmentBenchmark.SIZE, UserTypeOneSegmentBenchmark.SEED);
        segment = PersonSegments.youngValuable();
        index = PopulationIndex.build(people, Person::id, EvaluationContext.asOf(People.AS_OF))
                .prepare(List.of(segment));
        columns = PersonColumns.of(people);
    }

    /**
     * The library: the index's count, columns prepared.
     *
     * @return the segment's size
     */
    @Benchmark
    @OperationsPerInvocation(UserTypeOneSegmentBenchmark.SIZE)
    public int populationIndexCount() {
        return index.count(segment);
    }

    /**
     * Baseline: the hand-written branchless columnar loop.
     *
     * @return the segment's size
     */
    @Benchmark
    @OperationsPerInvocation(UserTypeOneSegmentBenchmark.SIZE)
    public int handWrittenColumnar() {
        return columns.countYoungValuable();
    }
}
