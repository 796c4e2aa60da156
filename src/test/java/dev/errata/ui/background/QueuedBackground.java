package dev.errata.ui.background;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds each job until the test runs it, on the calling thread: so a test can act while a job is "running"
 * and decide in which order jobs end.
 */
public final class QueuedBackground implements Background {

    private final Activities activities = new Activities();
    private final Deque<Job<?>> queued = new ArrayDeque<>();
    private final SameThreadBackground runner = new SameThreadBackground();

    @Override
    public <T> void submit(Job<T> job) {
        queued.add(job);
    }

    /** Runs the job submitted first of those waiting, with its callback. */
    public void runNext() {
        runner.submit(queued.remove());
    }

    /** Runs jobs, and the jobs their callbacks submit, until none waits. */
    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }

    public int waiting() {
        return queued.size();
    }

    @Override
    public Activities activities() {
        return activities;
    }
}
