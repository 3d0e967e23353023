package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import java.util.stream.Collector;

/** Runs collectors with their accumulation type captured. */
final class Calculations {

    private Calculations() {}

    static <T, A, R> R sequential(Collector<T, A, R> collector, Iterable<? extends T> members) {
        A accumulation = collector.supplier().get();
        var accumulator = collector.accumulator();
        int i = 0;
        for (T member : members) {
            accumulator.accept(accumulation, checkNotNull(member, "members[%s] is null", i));
            i++;
        }
        return collector.finisher().apply(accumulation);
    }

    static <T, A, R, U> Collector<T, A, U> andThen(Collector<T, A, R> collector, Function<? super R, ? extends U> f) {
        return Collector.of(
                collector.supplier(),
                collector.accumulator(),
                collector.combiner(),
                a -> f.apply(collector.finisher().apply(a)));
    }
}
