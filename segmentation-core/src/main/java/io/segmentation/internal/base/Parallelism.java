package io.segmentation.internal.base;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Where the chunks of a batch operation run: on the common fork-join pool (in parallel only for large inputs, as
 * before executors could be given), or every chunk as a task on a caller's {@link Executor}, the calling thread
 * waiting for them. Chunks write disjoint results, so the answer never depends on where they ran.
 */
public final class Parallelism {

    private static final Parallelism COMMON_POOL = new Parallelism(null);

    private final Executor executor;

    private Parallelism(Executor executor) {
        this.executor = executor;
    }

    /**
     * The common fork-join pool, used for large inputs only: what the operations without an executor do.
     *
     * @return the default
     */
    public static Parallelism commonPool() {
        return COMMON_POOL;
    }

    /**
     * Every chunk as a task on {@code executor}.
     *
     * @param executor the executor
     * @return the parallelism
     */
    public static Parallelism on(Executor executor) {
        return new Parallelism(checkNotNull(executor, "executor"));
    }

    /**
     * Runs {@code chunk} for every index in {@code [0, chunks)} and returns when all are done. On the common pool
     * they run in parallel only when {@code large}; on an executor always as one task each. The first failure of a
     * chunk is rethrown here (later ones are added to it as suppressed), after every started chunk has finished.
     *
     * @param chunks the number of chunks
     * @param large whether the input is large enough to be worth the common pool
     * @param chunk the work of one chunk; must be thread-safe
     * @throws RejectedExecutionException if the executor refuses a task
     */
    public void run(int chunks, boolean large, IntConsumer chunk) {
        if (executor == null) {
            IntStream range = IntStream.range(0, chunks);
            (large ? range.parallel() : range).forEach(chunk);
            return;
        }
        CountDownLatch finished = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int submitted = 0;
        try {
            for (; submitted < chunks; submitted++) {
                int c = submitted;
                executor.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            chunk.accept(c);
                        }
                    } catch (RuntimeException | Error e) {
                        if (!failure.compareAndSet(null, e)) {
                            failure.get().addSuppressed(e);
                        }
                    } finally {
                        finished.countDown();
                    }
                });
            }
        } catch (RuntimeException rejected) {
            failure.compareAndSet(null, rejected);
            for (int c = submitted; c < chunks; c++) {
                finished.countDown();
            }
        }
        Uninterruptibles.awaitUninterruptibly(finished);
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
    }

    @Override
    public String toString() {
        return executor == null ? "common pool" : "executor " + executor;
    }
}
