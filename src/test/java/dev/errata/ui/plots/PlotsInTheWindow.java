package dev.errata.ui.plots;

import dev.errata.ui.ErrataApp;
import dev.errata.ui.FakeDialogs;
import dev.errata.ui.FxWait;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window for the tests of the plot tabs, with fake dialogs and throw-away preferences. */
@ExtendWith(ApplicationExtension.class)
abstract class PlotsInTheWindow {

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    final ThemeChoice theme = new ThemeChoice(preferences);
    final FakeDialogs dialogs = new FakeDialogs();
    WindowViewModel window;

    /** For the subclass's {@code @Start} method: TestFX looks for that in the test class alone. */
    void show(Stage stage) {
        window = ErrataApp.showWindow(
                stage,
                dialogs,
                new RecentProjects(preferences),
                new AnalystName(preferences),
                theme,
                new KeyBindings(preferences));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    /** Opens the project and, once its plots are bound, selects the tab of that id. */
    void openOnTab(FxRobot robot, Path file, String tabId) throws Exception {
        robot.interact(() -> window.open(file));
        FxWait.until(() -> window.workspace() != null
                && window.workspace().plots().outcomesProperty().get() != null
                && robot.lookup(tabId).tryQuery().isPresent());
        selectTab(robot, tabId);
    }

    /** Selects the analysis tab of that id ("#slices-tab") or title ("Tags"). */
    static void selectTab(FxRobot robot, String tab) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel()
                    .select(tabs.getTabs().stream()
                            .filter(t ->
                                    ("#" + t.getId()).equals(tab) || t.getText().equals(tab))
                            .findFirst()
                            .orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
