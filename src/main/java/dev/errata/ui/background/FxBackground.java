package dev.errata.ui.background;

import dev.errata.data.CancelledException;
import dev.errata.data.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs jobs as JavaFX tasks on one app-wide pool of named daemon threads, so a job never keeps the JVM
 * alive after the window closes. Progress is passed to the FX thread at most every 100 ms: a parser
 * reporting per block must not flood the event queue.
 */
public final class FxBackground implements Background {

    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final ExecutorService pool;
    private final Activities activities = new Activities();

    public FxBackground() {
        pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), workerThreads());
    }

    private static ThreadFactory workerThreads() {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger next = new AtomicInteger(1);
        return task -> {
            Thread thread = base.newThread(task);
            thread.setName("errata-worker-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public Activities activities() {
        return activities;
    }

    @Override
    public <T> void submit(Job<T> job) {
        JobTask<T> task = new JobTask<>(job.work());
        Activity activity = activities.started(job.title(), task::cancel);
        task.progressProperty().addListener((obs, old, value) -> activity.progressed(value.doubleValue()));
        task.setOnSucceeded(e -> {
            activities.ended(activity);
            job.onDone().accept(task.getValue());
        });
        task.setOnCancelled(e -> activities.ended(activity));
        task.setOnFailed(e -> {
            activities.ended(activity);
            Throwable failure = task.getException();
            if (!(failure instanceof CancelledException)) {
                job.onFailed().accept(failure instanceof Exception ex ? ex : new IllegalStateException(failure));
            }
        });
        pool.execute(task);
    }

    /** A task that is also the work's progress: it throttles what it passes on and tells of cancelling. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final Work<T> work;
        // the parser's threads report progress side by side: each must see the others' last report
        private volatile long lastReport;

        JobTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(double fractionDone) {
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                lastReport = now;
                updateProgress(fractionDone, 1);
            }
        }
    }
}
