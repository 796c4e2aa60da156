package dev.errata.ui;

import dev.errata.ui.background.Activities;
import dev.errata.ui.background.Activity;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import dev.errata.ui.workspace.WorkspaceView;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's content: menus, the open project, and the status bar with the progress of background work. */
public final class MainWindow extends BorderPane {

    private final WindowViewModel model;
    private final KeyBindings keys;
    private final Label status = new Label();
    private final Activities activities;

    public MainWindow(WindowViewModel model, Activities activities, ThemeChoice theme, KeyBindings keys) {
        this.model = model;
        this.keys = keys;
        this.activities = activities;
        getStyleClass().add("main-window");
        setTop(new WindowMenus(model, theme, keys).bar());
        setBottom(statusBar(activities));
        showWorkspace(model.workspace());
        model.workspaceProperty().addListener((obs, old, now) -> showWorkspace(now));
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    private void showWorkspace(Workspace workspace) {
        status.textProperty().unbind();
        if (workspace == null) {
            Label hint = new Label(Messages.text("window.emptyHint"));
            hint.setId("empty-hint");
            hint.getStyleClass().add("empty-hint");
            // while a file loads the status bar shows its progress; "open a file" beside it would contradict it
            hint.visibleProperty().bind(Bindings.isEmpty(activities.running()));
            setCenter(hint);
            status.setText("");
            return;
        }
        WorkspaceView view = new WorkspaceView(workspace, keys);
        // the data's hash waits for the workspace's first frames, which need the cores
        view.shownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                workspace.state().checkData();
            }
        });
        setCenter(view);
        status.textProperty().bind(workspace.statusProperty());
    }

    private HBox statusBar(Activities activities) {
        status.setId("status-text");
        HBox jobs = new HBox();
        jobs.setId("running-jobs");
        jobs.getStyleClass().add("running-jobs");
        activities.running().addListener((ListChangeListener<Activity>) change -> jobs.getChildren()
                .setAll(activities.running().stream().map(MainWindow::job).toList()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(status, gap, jobs);
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }

    /** One running job: its title, its progress, and a Cancel that stops it alone. */
    private static HBox job(Activity activity) {
        Label working = new Label(activity.title());
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("job-progress");
        bar.progressProperty().bind(activity.progressProperty());
        Button cancel = new Button(Messages.text("work.cancel"));
        cancel.getStyleClass().add("cancel-job");
        cancel.setOnAction(e -> activity.cancel());
        HBox job = new HBox(working, bar, cancel);
        job.getStyleClass().add("work-progress");
        return job;
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files =
                event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        event.setDropCompleted(!files.isEmpty());
        event.consume();
        if (!files.isEmpty()) {
            model.open(files.get(0).toPath());
        }
    }
}
