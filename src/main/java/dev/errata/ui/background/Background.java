package dev.errata.ui.background;

/**
 * Runs jobs off the FX thread: the window uses {@link FxBackground}, ViewModel tests run jobs on the
 * calling thread.
 */
public interface Background {

    <T> void submit(Job<T> job);

    /** The jobs running now, each for a progress bar and a Cancel button of its own. */
    Activities activities();
}
