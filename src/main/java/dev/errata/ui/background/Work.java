package dev.errata.ui.background;

import dev.errata.data.Progress;

/** Long work that reports how far it is and stops when the user cancels. */
@FunctionalInterface
public interface Work<T> {

    T run(Progress progress) throws Exception;
}
