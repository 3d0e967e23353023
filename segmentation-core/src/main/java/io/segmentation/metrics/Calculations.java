package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.internal.base.Parallelism;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collector;

/** Runs collectors with their accumulation type captured. */
final class Calculations {

    /** Members per task of a calculation on an executor. */
    private static final int CHUNK = 4_096;

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

    /**
     * Accumulates chunks of members as tasks on an executor and combines the partial results in chunk order, so the
     * answer does not depend on which thread finished first.
     */
    static <T, A, R> R onExecutor(Collector<T, A, R> collector, List<? extends T> members, Executor executor) {
        int chunks = Math.max(1, (members.size() + CHUNK - 1) / CHUNK);
        List<A> partials = new ArrayList<>(Collections.nCopies(chunks, null));
        var supplier = collector.supplier();
        var accumulator = collector.accumulator();
        Parallelism.on(executor).run(chunks, true, c -> {
            A accumulation = supplier.get();
            int to = Math.min(members.size(), (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < to; i++) {
                accumulator.accept(accumulation, checkNotNull(members.get(i), "members[%s] is null", i));
            }
            partials.set(c, accumulation);
        });
        A total = partials.get(0);
        for (int c = 1; c < chunks; c++) {
            total = collector.combiner().apply(total, partials.get(c));
        }
        return collector.finisher().apply(total);
    }

    static <T, A, R, U> Collector<T, A, U> andThen(Collector<T, A, R> collector, Function<? super R, ? extends U> f) {
        return Collector.of(
                collector.supplier(),
                collector.accumulator(),
                collector.combiner(),
                a -> f.apply(collector.finisher().apply(a)));
    }
}
