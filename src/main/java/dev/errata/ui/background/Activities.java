package dev.errata.ui.background;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The jobs running now, each with its own progress and Cancel: jobs overlap (a save while the metrics are
 * computed again), and one shared progress bar would point Cancel at whichever started last.
 */
public final class Activities {

    private final ObservableList<Activity> running = FXCollections.observableArrayList();
    // one view for every caller: a view made per call would drop the listeners put on it once collected
    private final ObservableList<Activity> view = FXCollections.unmodifiableObservableList(running);

    /** A job has started; called on the FX thread. */
    Activity started(String title, Runnable cancel) {
        Activity activity = new Activity(title, cancel);
        running.add(activity);
        return activity;
    }

    /** A job has ended, done, failed or cancelled; called on the FX thread. */
    void ended(Activity activity) {
        running.remove(activity);
    }

    /** The running jobs, oldest first. */
    public ObservableList<Activity> running() {
        return view;
    }

    public boolean isRunning() {
        return !running.isEmpty();
    }
}
