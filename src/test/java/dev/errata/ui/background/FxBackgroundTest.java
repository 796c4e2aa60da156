package dev.errata.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxBackgroundTest {

    final FxBackground background = new FxBackground();
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void runsOnANamedDaemonWorkerAndHandsTheResultToTheFxThread() throws Exception {
        Platform.runLater(() -> background.submit(new Job<>(
                "naming",
                progress -> {
                    progress.update(0.5);
                    return Thread.currentThread().getName() + " daemon="
                            + Thread.currentThread().isDaemon();
                },
                result -> heard.add(result + " fx=" + Platform.isFxApplicationThread()),
                failure -> heard.add("failed"))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !heard.isEmpty());
        assertThat(heard).singleElement().asString().matches("errata-worker-\\d+ daemon=true fx=true");
    }

    @Test
    void cancelStopsTheWorkAndCallsNeitherCallback() throws Exception {
        Platform.runLater(() -> background.submit(EndlessJob.of("endless", heard)));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> background.activities().isRunning());
        assertThat(background.activities().running().get(0).title()).isEqualTo("endless");
        Platform.runLater(() -> background.activities().running().get(0).cancel());
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !background.activities().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard).isEmpty();
    }

    /** Two jobs at once each show and cancel on their own: Cancel no longer points at the latest only. */
    @Test
    void overlappingJobsAreListedAndCancelledEachOnItsOwn() throws Exception {
        Platform.runLater(() -> {
            background.submit(EndlessJob.of("recomputing", heard));
            background.submit(EndlessJob.of("saving", heard));
        });
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> background.activities().running().size() == 2);
        assertThat(background.activities().running())
                .extracting(Activity::title)
                .containsExactly("recomputing", "saving");

        Platform.runLater(() -> background.activities().running().get(0).cancel());
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> background.activities().running().size() == 1);
        assertThat(background.activities().running())
                .extracting(Activity::title)
                .containsExactly("saving");

        Platform.runLater(() -> background.activities().running().get(0).cancel());
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !background.activities().isRunning());
        assertThat(heard).isEmpty();
    }

    @Test
    void reportsAFailureOnTheFxThread() throws Exception {
        Platform.runLater(() -> background.submit(new Job<>(
                "failing",
                progress -> {
                    throw new java.io.IOException("disk full");
                },
                result -> heard.add("done"),
                failure -> heard.add(failure.getMessage() + " fx=" + Platform.isFxApplicationThread()))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !heard.isEmpty());
        assertThat(heard).containsExactly("disk full fx=true");
    }
}
