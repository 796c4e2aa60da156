package dev.errata.ui;

import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyGroup;
import dev.errata.ui.about.AboutView;
import dev.errata.ui.export.ExportViewModel;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.keys.ShortcutsView;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The menu bar; items act on the workspace open at the time they are chosen. */
final class WindowMenus {

    private final WindowViewModel model;
    private final ThemeChoice theme;
    private final KeyBindings keys;
    private static final int ANALYSIS_TAB_KEYS = 9;

    private final Menu recent = new Menu(Messages.text("menu.file.recent"));
    private MenuBar bar;
    private final Map<String, Stage> beside = new HashMap<>();

    WindowMenus(WindowViewModel model, ThemeChoice theme, KeyBindings keys) {
        this.model = model;
        this.theme = theme;
        this.keys = keys;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), goMenu(), reviewMenu(), helpMenu());
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
        go.getItems()
                .addAll(
                        item(Messages.text("menu.go.table"), KeyAction.GO_TABLE, () -> focus("#row-table")),
                        item(Messages.text("menu.go.search"), KeyAction.GO_SEARCH, () -> focus("#search-field")),
                        item(
                                Messages.text("menu.go.errors"),
                                KeyAction.GO_ERRORS,
                                () -> withWorkspace()
                                        .ifPresent(w -> w.rows()
                                                .errorsOnlyProperty()
                                                .set(!w.rows()
                                                        .errorsOnlyProperty()
                                                        .get()))));
        for (int tab = 1; tab <= ANALYSIS_TAB_KEYS; tab++) {
            int index = tab - 1;
            MenuItem item = item(
                    Messages.text("menu.go.tab", tab),
                    KeyAction.ANALYSIS_TABS.get(index),
                    () -> analysisTabs().ifPresent(tabs -> {
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
        MenuItem open = item(Messages.text("menu.file.open"), KeyAction.OPEN, model::openChosen);
        open.setId("open-item");
        fillRecent();
        model.recent().addListener((ListChangeListener<Path>) change -> fillRecent());
        MenuItem save = item(
                Messages.text("menu.file.save"),
                KeyAction.SAVE,
                () -> withWorkspace().ifPresent(w -> w.save(() -> {})));
        MenuItem saveAs = item(Messages.text("menu.file.saveAs"), KeyAction.SAVE_AS, model::saveAsChosen);
        saveAs.setId("save-as-item");
        MenuItem close = item(Messages.text("menu.file.close"), KeyAction.CLOSE, model::closeProject);
        close.setId("close-item");
        for (MenuItem needsProject : new MenuItem[] {save, saveAs, close}) {
            needsProject.disableProperty().bind(model.workspaceProperty().isNull());
        }
        // through the window's close request, so Quit asks about unsaved work exactly as closing the window does
        MenuItem quit = item(
                Messages.text("menu.file.quit"),
                KeyAction.QUIT,
                () -> Optional.ofNullable(bar.getScene())
                        .map(Scene::getWindow)
                        .ifPresent(
                                window -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST))));
        quit.setId("quit-item");
        MenuItem importReviews = item(
                Messages.text("reviews.menu"),
                null,
                () -> withWorkspace().ifPresent(w -> w.reviewsImporting().importChosen()));
        importReviews.setId("import-reviews-item");
        importReviews.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem merge = item(
                Messages.text("team.merge.menu"),
                null,
                () -> withWorkspace().ifPresent(w -> w.team().mergeChosen()));
        merge.setId("merge-item");
        merge.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem addModel = item(
                Messages.text("models.add.menu"),
                null,
                () -> withWorkspace()
                        .ifPresent(w -> w.models()
                                .addChosen(() -> model.open(w.state().project().file()))));
        addModel.setId("add-model-item");
        addModel.disableProperty().bind(model.workspaceProperty().isNull());
        return new Menu(
                Messages.text("menu.file"),
                null,
                open,
                recent,
                save,
                saveAs,
                importReviews,
                merge,
                addModel,
                exportMenu(),
                new SeparatorMenuItem(),
                close,
                quit);
    }

    private Menu exportMenu() {
        Menu export = new Menu(
                Messages.text("export.menu"),
                null,
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
        return item(
                Messages.text(key),
                null,
                () -> withWorkspace().map(Workspace::exports).ifPresent(export));
    }

    private Menu editMenu() {
        MenuItem undo = item(
                Messages.text("menu.edit.undo"),
                KeyAction.UNDO,
                () -> withWorkspace().ifPresent(Workspace::undo));
        MenuItem redo = item(
                Messages.text("menu.edit.redo"),
                KeyAction.REDO,
                () -> withWorkspace().ifPresent(Workspace::redo));
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
        MenuItem analyst = item("", null, model::chooseAnalyst);
        analyst.setId("menu-analyst");
        analyst.textProperty().bind(model.analystProperty().map(name -> Messages.text("menu.edit.analyst", name)));
        return new Menu(Messages.text("menu.edit"), null, undo, redo, new SeparatorMenuItem(), analyst);
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem(Messages.text("menu.view.dark"));
        dark.setId("dark-theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        MenuItem everyColumn = new MenuItem(Messages.text("menu.view.everyColumn"));
        everyColumn.setOnAction(
                e -> withWorkspace().ifPresent(workspace -> workspace.columns().reset()));
        everyColumn.setId("every-column");
        everyColumn.disableProperty().bind(model.workspaceProperty().isNull());
        Menu views = new Menu(Messages.text("menu.view.saved"));
        views.setId("saved-views");
        views.disableProperty().bind(model.workspaceProperty().isNull());
        // the project's views when the menu opens, so a project opened later lists its own
        views.setOnShowing(e -> withWorkspace()
                .ifPresent(w -> views.getItems()
                        .setAll(
                                w.savedViewNames().isEmpty()
                                        ? List.of(disabled(Messages.text("menu.view.saved.none")))
                                        : w.savedViewNames().stream()
                                                .map(name -> item(name, null, () -> w.applyView(name)))
                                                .toList())));
        views.getItems().add(disabled(Messages.text("menu.view.saved.none")));
        return new Menu(Messages.text("menu.view"), null, dark, everyColumn, views);
    }

    /**
     * Drawing and walking the review queue; the review keys act on the row table, and the menu lists them so
     * they can be found.
     */
    private Menu reviewMenu() {
        MenuItem draw = item(
                Messages.text("menu.review.draw"),
                null,
                () -> withWorkspace().ifPresent(w -> w.queue().drawSample()));
        draw.setId("draw-sample");
        draw.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem walk = item(
                Messages.text("menu.review.walk"),
                KeyAction.WALK_QUEUE,
                () -> withWorkspace().ifPresent(w -> w.queue().walk()));
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
        MenuItem agreement = item(
                Messages.text("team.agreement.menu"),
                null,
                () -> withWorkspace().ifPresent(w -> w.team().agreementChosen()));
        agreement.setId("agreement-item");
        agreement.disableProperty().bind(model.workspaceProperty().isNull());
        MenuItem labelErrors = item(
                Messages.text("menu.review.labelErrors"),
                null,
                () -> withWorkspace().ifPresent(w -> w.labelErrors().find()));
        labelErrors.setId("find-label-errors");
        labelErrors.disableProperty().bind(model.workspaceProperty().isNull());
        CheckMenuItem playOnArrival = new CheckMenuItem(Messages.text("menu.review.playOnArrival"));
        playOnArrival.setId("play-on-arrival");
        playOnArrival.selectedProperty().bindBidirectional(keys.playOnArrivalProperty());
        Menu review = new Menu(
                Messages.text("menu.review"),
                null,
                draw,
                walk,
                labelErrors,
                agreement,
                new SeparatorMenuItem(),
                playOnArrival,
                new SeparatorMenuItem());
        review.setId("review-menu");
        // bare letters are not menu accelerators, which would fire while typing in a field: they act on the
        // table, and these items only show them, with the keys the keymap gives them now
        for (KeyAction action : KeyAction.values()) {
            if (action.group() == KeyGroup.TABLE) {
                MenuItem item = new MenuItem();
                item.textProperty()
                        .bind(Bindings.createStringBinding(
                                () -> Messages.text(
                                        "menu.review.tableKey",
                                        keys.keysText(action),
                                        ShortcutsView.description(action)),
                                keys.keymapProperty()));
                item.setDisable(true);
                review.getItems().add(item);
            }
        }
        MenuItem digits = new MenuItem(Messages.text("menu.review.tableKey", "1–9", Messages.text("keys.tagDigits")));
        digits.setDisable(true);
        review.getItems().add(digits);
        return review;
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item(
                Messages.text("menu.help.shortcuts"),
                KeyAction.SHORTCUTS,
                () -> showBeside(Messages.text("keys.title"), () -> new ShortcutsView(keys), 560, 640));
        shortcuts.setId("shortcuts-item");
        MenuItem about = item(
                Messages.text("menu.help.about"),
                null,
                () -> showBeside(Messages.text("about.title"), AboutView::new, 720, 520));
        about.setId("about-item");
        Menu help = new Menu(Messages.text("menu.help"), null, shortcuts, about);
        help.setId("help-menu");
        return help;
    }

    /**
     * A window of its own beside the main one, one of each at a time: the shortcuts stay open so a key can be
     * tried as soon as it is changed.
     */
    private void showBeside(String title, Supplier<Parent> content, double width, double height) {
        Stage open = beside.get(title);
        if (open != null) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(bar.getScene().getWindow());
        stage.setTitle(title);
        Scene scene = new Scene(content.get(), width, height);
        Stylesheet.follow(scene, theme);
        stage.setScene(scene);
        stage.setOnHidden(e -> beside.remove(title));
        beside.put(title, stage);
        stage.show();
    }

    private Optional<Workspace> withWorkspace() {
        return Optional.ofNullable(model.workspace());
    }

    private void fillRecent() {
        recent.getItems()
                .setAll(model.recent().stream()
                        .map(path -> item(path.getFileName().toString(), null, () -> model.open(path)))
                        .toList());
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setDisable(true);
        return item;
    }

    /** A menu item, with the keymap's keys for {@code key} unless that is null. */
    private MenuItem item(String text, KeyAction key, Runnable action) {
        MenuItem item = new MenuItem(text);
        // file and view names are shown as they are: "my_data.csv" keeps its underscore
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return key == null ? item : keys.bind(item, key);
    }
}
