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
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

/** The menu bar; items act on the workspace open at the time they are chosen. */
final class WindowMenus {

    private final WindowViewModel model;
    private final ThemeChoice theme;
    private static final int ANALYSIS_TAB_KEYS = 9;

    private final Menu recent = new Menu(Messages.text("menu.file.recent"));
    private MenuBar bar;

    WindowMenus(WindowViewModel model, ThemeChoice theme) {
        this.model = model;
        this.theme = theme;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), goMenu(), reviewMenu());
        bar.setId("menu-bar");
        this.bar = bar;
        return bar;
    }

    /**
     * Keys to every part of the window, so work goes on without the mouse: the table, the search, the
     * errors filter and each analysis tab in order (Shortcut+1 the first).
     */
    private Menu goMenu() {
        Menu go = new Menu(Messages.text("menu.go"));
        go.setId("go-menu");
        go.getItems().addAll(
                item(Messages.text("menu.go.table"), "Shortcut+0", () -> focus("#row-table")),
                item(Messages.text("menu.go.search"), "Shortcut+F", () -> focus("#search-field")),
                item(Messages.text("menu.go.errors"), "Shortcut+E", () -> withWorkspace()
                        .ifPresent(w -> w.rows().errorsOnlyProperty().set(!w.rows().errorsOnlyProperty().get()))));
        for (int tab = 1; tab <= ANALYSIS_TAB_KEYS; tab++) {
            int index = tab - 1;
            MenuItem item = item(Messages.text("menu.go.tab", tab), "Shortcut+" + tab, () -> analysisTabs().ifPresent(tabs -> {
                if (index < tabs.getTabs().size()) {
                    tabs.getSelectionModel().select(index);
                    tabs.requestFocus();
                }
            }));
            item.setId("go-tab-" + tab);
            go.getItems().add(item);
        }
        // the tabs differ by task, so the menu names the ones this project has when it opens
        go.setOnShowing(event -> analysisTabs().ifPresent(tabs -> {
            for (int tab = 1; tab <= ANALYSIS_TAB_KEYS; tab++) {
                MenuItem item = go.getItems().get(go.getItems().size() - ANALYSIS_TAB_KEYS + tab - 1);
                item.setVisible(tab <= tabs.getTabs().size());
                if (item.isVisible()) {
                    item.setText(tabs.getTabs().get(tab - 1).getText());
                }
            }
        }));
        go.disableProperty().bind(model.workspaceProperty().isNull());
        return go;
    }

    private void focus(String selector) {
        Optional.ofNullable(bar.getScene()).map(scene -> scene.lookup(selector)).ifPresent(Node::requestFocus);
    }

    private Optional<TabPane> analysisTabs() {
        return Optional.ofNullable(bar.getScene()).map(scene -> (TabPane) scene.lookup("#analysis-tabs"));
    }

    private Menu fileMenu() {
        MenuItem open = item(Messages.text("menu.file.open"), "Shortcut+O", model::openChosen);
        open.setId("open-item");
        fillRecent();
        model.recent().addListener((ListChangeListener<Path>) change -> fillRecent());
        MenuItem save = item(Messages.text("menu.file.save"), "Shortcut+S", () -> withWorkspace().ifPresent(w -> w.save(() -> { })));
        save.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem importReviews = item(Messages.text("reviews.menu"), null,
                () -> withWorkspace().ifPresent(w -> w.reviewsImporting().importChosen()));
        importReviews.setId("import-reviews-item");
        importReviews.disableProperty().bind(model.workspaceProperty().isNull());
        return new Menu(Messages.text("menu.file"), null, open, recent, save, importReviews, exportMenu());
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

    /**
     * Drawing and walking the review queue; the review keys act on the row table, and the menu lists them so
     * they can be found.
     */
    private Menu reviewMenu() {
        MenuItem draw = item(Messages.text("menu.review.draw"), null,
                () -> withWorkspace().ifPresent(w -> w.queue().drawSample()));
        draw.setId("draw-sample");
        draw.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem walk = item(Messages.text("menu.review.walk"), "Shortcut+R", () -> withWorkspace().ifPresent(w -> w.queue().walk()));
        walk.setId("walk-queue");
        walk.setDisable(true);
        model.workspaceProperty().addListener((obs, old, now) -> {
            walk.disableProperty().unbind();
            if (now == null) {
                walk.setDisable(true);
            } else {
                walk.disableProperty().bind(now.queue().presentProperty().not());
            }
        });
        MenuItem labelErrors = item(Messages.text("menu.review.labelErrors"), null,
                () -> withWorkspace().ifPresent(w -> w.labelErrors().find()));
        labelErrors.setId("find-label-errors");
        labelErrors.disableProperty().bind(model.workspaceProperty().isNull());
        Menu review = new Menu(Messages.text("menu.review"), null, draw, walk, labelErrors, new SeparatorMenuItem());
        review.setId("review-menu");
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
