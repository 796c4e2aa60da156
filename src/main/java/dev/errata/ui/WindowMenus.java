package dev.errata.ui;

import dev.errata.ui.export.ExportViewModel;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; items act on the workspace open at the time they are chosen. */
final class WindowMenus {

    private final WindowViewModel model;
    private final ThemeChoice theme;
    private final Menu recent = new Menu(Messages.text("menu.file.recent"));

    WindowMenus(WindowViewModel model, ThemeChoice theme) {
        this.model = model;
        this.theme = theme;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), reviewMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item(Messages.text("menu.file.open"), "Shortcut+O", model::openChosen);
        open.setId("open-item");
        fillRecent();
        model.recent().addListener((ListChangeListener<Path>) change -> fillRecent());
        MenuItem save = item(Messages.text("menu.file.save"), "Shortcut+S", () -> withWorkspace().ifPresent(w -> w.save(() -> { })));
        save.disableProperty().bind(model.workspaceProperty().isNull());
        return new Menu(Messages.text("menu.file"), null, open, recent, save, exportMenu());
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
        MenuItem undo = item(Messages.text("menu.edit.undo"), "Shortcut+Z", () -> withWorkspace().ifPresent(Workspace::undo));
        MenuItem redo = item(Messages.text("menu.edit.redo"), "Shortcut+Shift+Z", () -> withWorkspace().ifPresent(Workspace::redo));
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
        return new Menu(Messages.text("menu.edit"), null, undo, redo);
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem(Messages.text("menu.view.dark"));
        dark.setId("dark-theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        MenuItem everyColumn = item(Messages.text("menu.view.everyColumn"), null,
                () -> withWorkspace().ifPresent(workspace -> workspace.columns().reset()));
        everyColumn.setId("every-column");
        everyColumn.disableProperty().bind(model.workspaceProperty().isNull());
        return new Menu(Messages.text("menu.view"), null, dark, everyColumn);
    }

    /** The review keys act on the row table; the menu lists them so they can be found. */
    private static Menu reviewMenu() {
        Menu review = new Menu(Messages.text("menu.review"));
        for (String key : new String[] {"next", "previous", "tags", "reviewed", "note"}) {
            MenuItem item = new MenuItem(Messages.text("menu.review." + key));
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
