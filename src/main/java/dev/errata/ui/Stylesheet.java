package dev.errata.ui;

import dev.errata.ui.workspace.ThemeChoice;
import javafx.scene.Parent;

/** The one stylesheet on a scene's root, with the style class "dark" that swaps its palette. */
final class Stylesheet {

    private static final String DARK = "dark";
    private static final String URL = Stylesheet.class.getResource("errata.css").toExternalForm();

    private Stylesheet() {
    }

    /** For the window: follows the theme as the user switches it. */
    static void follow(Parent root, ThemeChoice theme) {
        apply(root, theme);
        theme.darkProperty().addListener((obs, was, on) -> apply(root, theme));
    }

    /** For a dialog: the theme cannot change while a modal dialog is open, so it is applied once. */
    static void apply(Parent root, ThemeChoice theme) {
        if (!root.getStylesheets().contains(URL)) {
            root.getStylesheets().add(URL);
        }
        root.getStyleClass().remove(DARK);
        if (theme.darkProperty().get()) {
            root.getStyleClass().add(DARK);
        }
    }
}
