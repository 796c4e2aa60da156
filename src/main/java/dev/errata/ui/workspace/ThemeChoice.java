package dev.errata.ui.workspace;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Whether the window is dark, kept in the user's preferences so the next start looks the same. */
public final class ThemeChoice {

    private static final String KEY = "dark-theme";

    private final BooleanProperty dark;

    public ThemeChoice(Preferences preferences) {
        dark = new SimpleBooleanProperty(preferences.getBoolean(KEY, false));
        dark.addListener((obs, was, on) -> preferences.putBoolean(KEY, on));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
