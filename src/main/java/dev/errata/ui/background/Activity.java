package dev.errata.ui.background;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** One background job as the user sees it: its title, how far it is, and a way to cancel it. */
public final class Activity {

    private final String title;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final Runnable cancel;

    Activity(String title, Runnable cancel) {
        this.title = title;
        this.cancel = cancel;
    }

    void progressed(double fraction) {
        progress.set(fraction);
    }

    /** Cancels this job only; the others run on. */
    public void cancel() {
        cancel.run();
    }

    public String title() {
        return title;
    }

    /** A fraction in [0, 1], or -1 while it is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
