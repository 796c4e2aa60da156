package dev.errata.ui.background;

/** Runs each job at once on the calling thread, so ViewModel tests need no toolkit and no waiting. */
public final class SameThreadBackground implements Background {

    private final Activity activity = new Activity();

    @Override
    public <T> void submit(Job<T> job) {
        activity.started(job.title(), () -> { });
        T result;
        try {
            result = job.work().run(dev.errata.data.Progress.NONE);
        } catch (Exception e) {
            activity.ended();
            job.onFailed().accept(e);
            return;
        }
        activity.ended();
        job.onDone().accept(result);
    }

    @Override
    public Activity activity() {
        return activity;
    }
}
