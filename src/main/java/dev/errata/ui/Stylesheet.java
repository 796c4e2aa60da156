package dev.errata.ui;

import dev.errata.ui.workspace.ThemeChoice;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** The one stylesheet, with the style class "dark" on the root that swaps its palette. */
final class Stylesheet {

    private static final String DARK = "dark";
    private static final String URL = Stylesheet.class.getResource("errata.css").toExternalForm();

    private Stylesheet() {}

    /**
     * For the window: on the scene rather than its root, since JavaFX gathers a parent's stylesheets again for
     * every node it styles, which made a table's new lines several times dearer. Follows the theme as the
     * user switches it.
     */
    static void follow(Scene scene, ThemeChoice theme) {
        scene.getStylesheets().add(URL);
        mark(scene.getRoot(), theme);
        theme.darkProperty().addListener((obs, was, on) -> mark(scene.getRoot(), theme));
    }

    /** For a dialog: the theme cannot change while a modal dialog is open, so it is applied once. */
    static void apply(Parent root, ThemeChoice theme) {
        if (!root.getStylesheets().contains(URL)) {
            root.getStylesheets().add(URL);
        }
        mark(root, theme);
    }

    private static void mark(Parent root, ThemeChoice theme) {
        root.getStyleClass().remove(DARK);
        if (theme.darkProperty().get()) {
            root.getStyleClass().add(DARK);
        }
    }
}
