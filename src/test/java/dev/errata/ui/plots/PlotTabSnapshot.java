package dev.errata.ui.plots;

import dev.errata.figure.PngImage;
import dev.errata.ui.ErrataApp;
import dev.errata.ui.FakeDialogs;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Looks at a tab of the analysis pane without a screen: {@code PlotTabSnapshot PROJECT TAB-ID-OR-TITLE OUT.png [WAIT-MS [dark]]}, run
 * with the headless Monocle flags of the surefire configuration. For reviewing the window by eye, not a test.
 */
public final class PlotTabSnapshot {

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {});
        Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
        WindowViewModel[] window = new WindowViewModel[1];
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            ThemeChoice theme = new ThemeChoice(preferences);
            theme.darkProperty().set(args.length > 4 && args[4].equals("dark"));
            window[0] = ErrataApp.showWindow(
                    stage[0],
                    new FakeDialogs(),
                    new RecentProjects(preferences),
                    new AnalystName(preferences),
                    theme,
                    new KeyBindings(preferences));
            window[0].open(Path.of(args[0]));
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            CountDownLatch ready = new CountDownLatch(1);
            boolean[] open = new boolean[1];
            Platform.runLater(() -> {
                open[0] = window[0].workspace() != null
                        && window[0].workspace().plots().outcomesProperty().get() != null;
                ready.countDown();
            });
            ready.await();
            if (open[0]) {
                break;
            }
        }
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            TabPane tabs = (TabPane) stage[0].getScene().lookup("#analysis-tabs");
            tabs.getSelectionModel()
                    .select(tabs.getTabs().stream()
                            .filter(t -> args[1].equals(t.getId()) || args[1].equals(t.getText()))
                            .findFirst()
                            .orElseThrow());
            shot.countDown();
        });
        shot.await();
        Thread.sleep(args.length > 3 ? Long.parseLong(args[3]) : 1500);
        CountDownLatch saved = new CountDownLatch(1);
        Platform.runLater(() -> {
            WritableImage image = stage[0].getScene().snapshot(null);
            try {
                Files.write(Path.of(args[2]), PngImage.of(FigureCanvas.pixels(image), (int) image.getWidth(), (int)
                        image.getHeight()));
                preferences.removeNode();
            } catch (Exception e) {
                e.printStackTrace();
            }
            saved.countDown();
        });
        saved.await(30, TimeUnit.SECONDS);
        System.exit(0);
    }
}
