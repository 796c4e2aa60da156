package dev.errata.ui;

import dev.errata.ui.export.ExportViewModel;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; items act on the workspace open at the time they are chosen. */
final class WindowMenus {

    private final WindowViewModel model;
    private final Menu recent = new Menu("Open Recent");

    WindowMenus(WindowViewModel model) {
        this.model = model;
    }

    /** @param themed the node whose style class "dark" swaps the stylesheet's palette */
    MenuBar bar(Node themed) {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(themed), reviewMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open…", "Shortcut+O", model::openChosen);
        open.setId("open-item");
        fillRecent();
        model.recent().addListener((ListChangeListener<Path>) change -> fillRecent());
        MenuItem save = item("Save", "Shortcut+S", () -> withWorkspace().ifPresent(w -> w.save(() -> { })));
        save.disableProperty().bind(model.workspaceProperty().isNull());
        return new Menu("File", null, open, recent, save, exportMenu());
    }

    private Menu exportMenu() {
        Menu export = new Menu(Messages.text("export.menu"), null,
                exportItem("export.report", ExportViewModel::exportReport),
                exportItem("export.rows.filtered", exports -> exports.exportRows(true)),
                exportItem("export.rows", exports -> exports.exportRows(false)),
                exportItem("export.tags", ExportViewModel::exportTagMetrics),
                exportItem("export.slices", ExportViewModel::exportSliceMetrics));
        export.setId("export-menu");
        export.disableProperty().bind(model.workspaceProperty().isNull());
        return export;
    }

    private MenuItem exportItem(String key, Consumer<ExportViewModel> export) {
        return item(Messages.text(key), null, () -> withWorkspace().map(Workspace::exports).ifPresent(export));
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", () -> withWorkspace().ifPresent(Workspace::undo));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> withWorkspace().ifPresent(Workspace::redo));
        model.workspaceProperty().addListener((obs, old, now) -> {
            undo.textProperty().unbind();
            redo.textProperty().unbind();
            undo.disableProperty().unbind();
            redo.disableProperty().unbind();
            if (now != null) {
                undo.textProperty().bind(now.undoTextProperty());
                redo.textProperty().bind(now.redoTextProperty());
                undo.disableProperty().bind(now.canUndoProperty().not());
                redo.disableProperty().bind(now.canRedoProperty().not());
            }
        });
        undo.setDisable(true);
        redo.setDisable(true);
        return new Menu("Edit", null, undo, redo);
    }

    private static Menu viewMenu(Node themed) {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("dark-theme");
        dark.selectedProperty().addListener((obs, was, on) -> {
            themed.getStyleClass().remove("dark");
            if (on) {
                themed.getStyleClass().add("dark");
            }
        });
        return new Menu("View", null, dark);
    }

    /** The review keys act on the row table; the menu lists them so they can be found. */
    private static Menu reviewMenu() {
        Menu review = new Menu("Review");
        for (String key : new String[] {"J  next row", "K  previous row", "1–9  toggle the tag with that key",
                "R  mark reviewed", "N  edit the note"}) {
            MenuItem item = new MenuItem(key);
            item.setDisable(true);
            review.getItems().add(item);
        }
        return review;
    }

    private Optional<Workspace> withWorkspace() {
        return Optional.ofNullable(model.workspace());
    }

    private void fillRecent() {
        recent.getItems().setAll(model.recent().stream()
                .map(path -> item(path.getFileName().toString(), null, () -> model.open(path)))
                .toList());
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
