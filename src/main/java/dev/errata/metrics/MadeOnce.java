package dev.errata.metrics;

import java.util.function.Supplier;

/**
 * A value made the first time it is asked for and kept: a thread that asks while another makes it waits for
 * that one, so work that several threads need at once is done once.
 */
final class MadeOnce<T> {

    private final Supplier<T> make;
    private volatile T value;

    MadeOnce(Supplier<T> make) {
        this.make = make;
    }

    T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = make.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
