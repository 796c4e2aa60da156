package dev.errata.ui.background;

import java.util.function.Consumer;

/**
 * Runs one computation at a time for a view and shows only the newest result: while one runs, a newer
 * request replaces any waiting one, so dragging a slider over a million rows queues at most one job and
 * never shows a stale table.
 */
public final class LatestResult<T> {

    private final Background background;
    private final String title;
    private final Consumer<Exception> onFailed;
    private boolean running;
    private Work<T> waiting;
    private Consumer<T> waitingShow;

    public LatestResult(Background background, String title, Consumer<Exception> onFailed) {
        this.background = background;
        this.title = title;
        this.onFailed = onFailed;
    }

    public void compute(Work<T> work, Consumer<T> show) {
        waiting = work;
        waitingShow = show;
        if (!running) {
            startWaiting();
        }
    }

    private void startWaiting() {
        Work<T> work = waiting;
        Consumer<T> show = waitingShow;
        waiting = null;
        waitingShow = null;
        running = true;
        background.submit(new Job<>(
                title,
                work,
                result -> {
                    running = false;
                    if (waiting == null) {
                        show.accept(result);
                    } else {
                        startWaiting();
                    }
                },
                failure -> {
                    running = false;
                    onFailed.accept(failure);
                    if (waiting != null) {
                        startWaiting();
                    }
                }));
    }
}
