package dev.errata.ui.background;

import java.util.function.Consumer;

/**
 * Work to run off the FX thread, with what to do on the FX thread when it ends. A cancelled job calls
 * neither callback.
 *
 * @param title what the progress bar says while it runs, e.g. "Opening churn.errata.json"
 */
public record Job<T>(String title, Work<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {}
