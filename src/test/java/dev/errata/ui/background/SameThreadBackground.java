package dev.errata.ui.background;

/** Runs each job at once on the calling thread, so ViewModel tests need no toolkit and no waiting. */
public final class SameThreadBackground implements Background {

    private final Activities activities = new Activities();

    @Override
    public <T> void submit(Job<T> job) {
        Activity activity = activities.started(job.title(), () -> {});
        T result;
        try {
            result = job.work().run(dev.errata.data.Progress.NONE);
        } catch (Exception e) {
            activities.ended(activity);
            job.onFailed().accept(e);
            return;
        }
        activities.ended(activity);
        job.onDone().accept(result);
    }

    @Override
    public Activities activities() {
        return activities;
    }
}
