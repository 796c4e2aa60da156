package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.background.EndlessJob;
import dev.errata.ui.background.FxBackground;
import dev.errata.ui.background.SameThreadBackground;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar lists every running job with its own Cancel, which stops that job alone. */
@ExtendWith(ApplicationExtension.class)
class RunningJobsWindowTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    private final FxBackground jobs = new FxBackground();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        WindowViewModel model = new WindowViewModel(
                new SameThreadBackground(),
                new FakeDialogs(),
                new RecentProjects(preferences),
                new AnalystName(preferences),
                Opened.CLOCK);
        stage.setScene(new Scene(
                new MainWindow(model, jobs.activities(), new ThemeChoice(preferences), new KeyBindings(preferences)),
                1000,
                600));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private static List<String> shownJobs(FxRobot robot) {
        HBox running = robot.lookup("#running-jobs").queryAs(HBox.class);
        return running.getChildren().stream()
                .map(job -> ((Label) ((HBox) job).getChildren().get(0)).getText())
                .toList();
    }

    @Test
    void twoJobsAtOnceShowSideBySideAndEachCancelStopsItsOwn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            jobs.submit(EndlessJob.of("Computing the metrics", heard));
            jobs.submit(EndlessJob.of("Saving churn.errata.json", heard));
        });
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> jobs.activities().running().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownJobs(robot)).containsExactly("Computing the metrics", "Saving churn.errata.json");

        Node firstCancel = robot.lookup("#running-jobs .cancel-job")
                .queryAllAs(Button.class)
                .iterator()
                .next();
        robot.clickOn(firstCancel);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> jobs.activities().running().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownJobs(robot)).containsExactly("Saving churn.errata.json");

        robot.clickOn(robot.lookup("#running-jobs .cancel-job").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jobs.activities().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownJobs(robot)).isEmpty();
        assertThat(heard).as("a cancelled job calls neither callback").isEmpty();
    }

    /** While a file loads, the empty window shows its progress alone: "open a file" beside it would contradict it. */
    @Test
    void theEmptyStateHidesWhileAJobRuns(FxRobot robot) throws Exception {
        Label hint = robot.lookup("#empty-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();

        robot.interact(() -> jobs.submit(EndlessJob.of("Loading digits.csv", heard)));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> jobs.activities().running().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).isFalse();

        robot.clickOn(robot.lookup("#running-jobs .cancel-job").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jobs.activities().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).isTrue();
    }
}
