package org.w3id.diplokg.extractor.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs tasks on a number of threads and hands their results to one consumer, on the calling
 * thread, in the order the tasks were given: what the consumer writes is the same whatever the
 * number of threads. At most {@code jobs + 1} tasks are started ahead of the one consumed, so
 * finished results waiting their turn (whole document graphs) stay few.
 */
public final class OrderedWorkers {
    private final int jobs;

    public OrderedWorkers(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    /** The number of processors the JVM may use: the default number of jobs. */
    public static int availableProcessors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs every task and gives each result to {@code consumer} in order, telling {@code awaiting}
     * the index of each before waiting for it (both on the calling thread). A task should not throw;
     * if one does, or the consumer does, the tasks not yet consumed are cancelled and it is rethrown.
     */
    public <T> void run(List<Callable<T>> tasks, IntConsumer awaiting, Consumer<T> consumer) {
        if (jobs == 1) {
            for (int i = 0; i < tasks.size(); i++) {
                awaiting.accept(i);
                consumer.accept(call(tasks.get(i)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
        Deque<Future<T>> window = new ArrayDeque<>();
        try {
            int next = 0;
            for (int i = 0; i < tasks.size(); i++) {
                while (next < tasks.size() && window.size() <= jobs) {
                    window.add(pool.submit(tasks.get(next++)));
                }
                awaiting.accept(i);
                consumer.accept(await(window.removeFirst()));
            }
        } finally {
            window.forEach(future -> future.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "diplokg-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
