package dev.errata.ui;

import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** The real window on a test's stage, with recent files and theme in throw-away preferences. */
public final class ShownWindow {

    private final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());

    public WindowViewModel show(Stage stage, Dialogs dialogs) {
        return ErrataApp.showWindow(stage, dialogs, new RecentProjects(preferences), new ThemeChoice(preferences));
    }

    /** After the test. */
    public void forget() throws BackingStoreException {
        preferences.removeNode();
    }
}
