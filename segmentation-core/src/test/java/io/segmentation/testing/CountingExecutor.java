package io.segmentation.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of named threads that counts the tasks it runs and remembers which threads ran them. */
public final class CountingExecutor implements Executor, AutoCloseable {

    /** The prefix of the pool's thread names. */
    public static final String THREAD_PREFIX = "counting-executor-";

    private final ExecutorService pool;
    private final AtomicInteger tasks = new AtomicInteger();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();

    public CountingExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, THREAD_PREFIX + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(() -> {
            tasks.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            command.run();
        });
    }

    /** The number of tasks run so far. */
    public int tasks() {
        return tasks.get();
    }

    /** The names of the threads that ran tasks. */
    public Set<String> threads() {
        return Set.copyOf(threads);
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
