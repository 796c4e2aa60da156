package dev.errata.ui.background;

/** Starts each job and runs none of it until cancelled: for what a view shows while a job runs and after. */
public final class HeldBackground implements Background {

    private final Activities activities = new Activities();

    @Override
    public <T> void submit(Job<T> job) {
        activities.started(job.title(), () -> {});
    }

    /** Cancels the oldest job as its Cancel button does: neither of its callbacks is called. */
    public void cancelOldest() {
        activities.ended(activities.running().get(0));
    }

    @Override
    public Activities activities() {
        return activities;
    }
}
