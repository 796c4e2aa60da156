package dev.errata.ui.background;

/**
 * Runs jobs off the FX thread: the window uses {@link FxBackground}, ViewModel tests run jobs on the
 * calling thread.
 */
public interface Background {

    <T> void submit(Job<T> job);

    /** What is running now, for the progress bar and its Cancel button. */
    Activity activity();
}
