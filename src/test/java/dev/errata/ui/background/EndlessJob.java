package dev.errata.ui.background;

import java.util.List;

/** A job for tests that runs until it is cancelled, telling {@code heard} if a callback is ever called. */
public final class EndlessJob {

    private EndlessJob() {}

    public static Job<String> of(String title, List<String> heard) {
        return new Job<>(
                title,
                progress -> {
                    while (true) {
                        progress.update(0.3);
                        progress.checkCancelled();
                        Thread.sleep(5);
                    }
                },
                result -> heard.add("done"),
                failure -> heard.add("failed"));
    }
}
