package dev.errata.ui.background;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The background job the user sees: its title, how far it is, and a way to cancel it. */
public final class Activity {

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private Runnable cancel = () -> { };

    void started(String jobTitle, Runnable cancelAction) {
        title.set(jobTitle);
        progress.set(-1);
        cancel = cancelAction;
        running.set(true);
    }

    void progressed(double fraction) {
        progress.set(fraction);
    }

    void ended() {
        running.set(false);
        cancel = () -> { };
    }

    public void cancel() {
        cancel.run();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** A fraction in [0, 1], or -1 while it is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
