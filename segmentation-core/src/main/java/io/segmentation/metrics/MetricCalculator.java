package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.index.PopulationIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * A named calculation over the members of a segment — size, revenue, average order value, retention, a score — in the
 * shape of a {@link Collector}: accumulate one member, combine partial results, finish. Because of that shape the same
 * calculator runs sequentially, in parallel, and over the members a {@link PopulationIndex} returns, with one answer.
 *
 * <pre>{@code
 * MetricCalculator<Customer, Money> revenue = Metrics.revenue();
 * Money june = revenue.calculate(index, vip);                         // members from the columnar index
 * Money same = revenue.calculate(vipMembers, EvaluationContext.asOf(asOf));   // any Iterable of members
 * }</pre>
 *
 * <p>Time-dependent calculators (retention over the last two periods, engagement per period) read the evaluation time
 * from the {@link EvaluationContext} they are given, never from the wall clock.
 *
 * <p>Writing one: implement {@link #name()} and {@link #collector(EvaluationContext)}, or use {@link #of(String,
 * Supplier, BiConsumer, BinaryOperator, Function)}. The collector's accumulator must be safe to combine (the usual
 * {@code Collector} contract); results should be immutable values. Results that implement {@link MetricValue} can be
 * shown in a {@link SegmentReport}. Implementations are immutable and thread-safe.
 *
 * @param <T> the member type
 * @param <R> the result type
 * @since 0.1.0
 */
public interface MetricCalculator<T, R> {

    /**
     * The calculator's name, used as the column heading in reports (for example {@code "AOV"}).
     *
     * @return a non-blank name
     */
    String name();

    /**
     * A collector computing this metric for the members it is given, as of the context's time.
     *
     * @param context the evaluation time and zone
     * @return a collector; a new one for each call, or a stateless shared one
     * @throws NullPointerException if {@code context} is null
     */
    Collector<T, ?, R> collector(EvaluationContext context);

    /**
     * Computes the metric over members, one by one.
     *
     * @param members the members of a segment (or a whole population)
     * @param context the evaluation time and zone
     * @return the result
     * @throws NullPointerException if an argument or a member is null
     */
    default R calculate(Iterable<? extends T> members, EvaluationContext context) {
        checkNotNull(members, "members");
        checkNotNull(context, "context");
        return Calculations.sequential(collector(context), members);
    }

    /**
     * Computes the metric over members in parallel (on the common fork-join pool), combining partial results. To
     * run on an executor of your own, see {@link #calculateInParallel(Collection, EvaluationContext, Executor)}.
     *
     * @param members the members of a segment (or a whole population)
     * @param context the evaluation time and zone
     * @return the result, equal to {@link #calculate(Iterable, EvaluationContext)}'s up to floating-point rounding
     * @throws NullPointerException if an argument or a member is null
     */
    default R calculateInParallel(Collection<? extends T> members, EvaluationContext context) {
        checkNotNull(members, "members");
        checkNotNull(context, "context");
        Stream<T> stream = members.parallelStream().map(m -> checkNotNull(m, "members contains null"));
        return stream.collect(collector(context));
    }

    /**
     * Computes the metric over members in parallel on {@code executor}: members are split into chunks of a few
     * thousand, each accumulated as one task, and the partial results combined in chunk order. The way to keep a
     * large calculation off the common fork-join pool, and so off request threads that share it; the calling thread
     * waits.
     *
     * <pre>{@code
     * Money revenue = Metrics.revenue().calculateInParallel(members, context, batchPool);
     * }</pre>
     *
     * @param members the members of a segment (or a whole population)
     * @param context the evaluation time and zone
     * @param executor runs the chunks
     * @return the result, equal to {@link #calculate(Iterable, EvaluationContext)}'s up to floating-point rounding
     *     (exactly equal for exact results such as counts and money)
     * @throws NullPointerException if an argument or a member is null
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a chunk
     * @since 0.2.0
     */
    default R calculateInParallel(Collection<? extends T> members, EvaluationContext context, Executor executor) {
        checkNotNull(members, "members");
        checkNotNull(context, "context");
        checkNotNull(executor, "executor");
        return Calculations.onExecutor(collector(context), new ArrayList<>(members), executor);
    }

    /**
     * Computes the metric over a segment's members in a population index, as of the index's evaluation time.
     *
     * @param index the population
     * @param segment the segment
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    default R calculate(PopulationIndex<T> index, Segment<T> segment) {
        checkNotNull(index, "index");
        checkNotNull(segment, "segment");
        return calculate(index.members(segment), index.context());
    }

    /**
     * A calculator with another name, for a second column of the same metric with different settings.
     *
     * @param name the new name
     * @return a calculator computing the same results under {@code name}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    default MetricCalculator<T, R> named(String name) {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "name must not be blank");
        MetricCalculator<T, R> self = this;
        return new MetricCalculator<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Collector<T, ?, R> collector(EvaluationContext context) {
                return self.collector(context);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /**
     * A calculator whose result is this one's, transformed — for example a user's own result type turned into a
     * {@link MetricValue} so it can appear in a report.
     *
     * <pre>{@code
     * MetricCalculator<Customer, Ratio> repeat = Metrics.repeatPurchaseRate();
     * MetricCalculator<Customer, Double> asPercent = repeat.map("repeat %", r -> 100 * r.value());
     * }</pre>
     *
     * @param name the new calculator's name
     * @param finisher the transformation of the result
     * @param <U> the new result type
     * @return the transformed calculator
     * @throws IllegalArgumentException if {@code name} is blank
     */
    default <U> MetricCalculator<T, U> map(String name, Function<? super R, ? extends U> finisher) {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "name must not be blank");
        checkNotNull(finisher, "finisher");
        MetricCalculator<T, R> self = this;
        return new MetricCalculator<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Collector<T, ?, U> collector(EvaluationContext context) {
                return Calculations.andThen(self.collector(context), finisher);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /**
     * A calculator from the four parts of a collector, for metrics that do not depend on the evaluation time.
     *
     * <pre>{@code
     * MetricCalculator<Customer, Long> withEmail = MetricCalculator.of("with e-mail",
     *         () -> new long[1], (n, c) -> { if (c.isSubscribedTo("email")) n[0]++; },
     *         (a, b) -> { a[0] += b[0]; return a; }, n -> n[0]);
     * }</pre>
     *
     * @param name the name shown in reports
     * @param supplier creates an empty mutable accumulation
     * @param accumulator adds one member to an accumulation
     * @param combiner merges two accumulations (may return either, updated)
     * @param finisher turns an accumulation into the immutable result
     * @param <T> the member type
     * @param <A> the accumulation type
     * @param <R> the result type
     * @return the calculator
     * @throws IllegalArgumentException if {@code name} is blank
     */
    static <T, A, R> MetricCalculator<T, R> of(
            String name,
            Supplier<A> supplier,
            BiConsumer<A, ? super T> accumulator,
            BinaryOperator<A> combiner,
            Function<A, R> finisher) {
        checkNotNull(supplier, "supplier");
        checkNotNull(accumulator, "accumulator");
        checkNotNull(combiner, "combiner");
        checkNotNull(finisher, "finisher");
        return of(name, context -> Collector.of(supplier, accumulator::accept, combiner, finisher));
    }

    /**
     * A calculator whose collector depends on the evaluation time.
     *
     * @param name the name shown in reports
     * @param collector makes the collector for an evaluation context
     * @param <T> the member type
     * @param <R> the result type
     * @return the calculator
     * @throws IllegalArgumentException if {@code name} is blank
     */
    static <T, R> MetricCalculator<T, R> of(
            String name, Function<EvaluationContext, ? extends Collector<T, ?, R>> collector) {
        checkNotNull(name, "name");
        checkArgument(!name.isBlank(), "name must not be blank");
        checkNotNull(collector, "collector");
        return new MetricCalculator<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Collector<T, ?, R> collector(EvaluationContext context) {
                checkNotNull(context, "context");
                return checkNotNull(collector.apply(context), "collector for %s returned null", name);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
