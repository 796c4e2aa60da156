package dev.errata.ui;

import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowDialogs;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import dev.errata.ui.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a test's stage, with recent files and theme in throw-away preferences. */
public final class ShownWindow {

    private final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    private WindowViewModel window;

    public WindowViewModel show(Stage stage, WindowDialogs dialogs) {
        window = ErrataApp.showWindow(
                stage,
                dialogs,
                new RecentProjects(preferences),
                new AnalystName(preferences),
                new ThemeChoice(preferences),
                new KeyBindings(preferences));
        return window;
    }

    /** Opens a project in the shown window and waits until its workspace is on the screen, every part of it. */
    public Workspace open(FxRobot robot, Path projectFile) throws TimeoutException {
        robot.interact(() -> window.open(projectFile));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace() != null);
        // read on the FX thread, which is still adding the workspace's parts
        FxWait.until(() -> robot.lookup(".workspace")
                .tryQuery()
                .filter(view -> view instanceof WorkspaceView workspace
                        && workspace.shownProperty().get())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return window.workspace();
    }

    /** After the test. */
    public void forget() throws BackingStoreException {
        preferences.removeNode();
    }
}
