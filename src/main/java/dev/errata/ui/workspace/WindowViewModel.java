package dev.errata.ui.workspace;

import dev.errata.project.Project;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.session.OpenedProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window apart from the project in it: opening projects, the recent list, the title, and leaving
 * with unsaved changes.
 */
public final class WindowViewModel {

    private final Background background;
    private final Dialogs dialogs;
    private final RecentProjects recentStore;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding title;

    public WindowViewModel(Background background, Dialogs dialogs, RecentProjects recentStore, Clock clock) {
        this.background = background;
        this.dialogs = dialogs;
        this.recentStore = recentStore;
        this.clock = clock;
        recent.setAll(recentStore.list());
        title = Bindings.createStringBinding(this::titleText, workspace);
        workspace.addListener((obs, old, now) -> {
            if (now != null) {
                now.state().changedProperty().addListener((o, was, changed) -> title.invalidate());
            }
        });
    }

    private String titleText() {
        Workspace open = workspace.get();
        if (open == null) {
            return "Errata";
        }
        return (open.state().isChanged() ? "• " : "") + open.name() + " — Errata";
    }

    /** Asks for a project or CSV and opens it. */
    public void openChosen() {
        dialogs.chooseFileToOpen().ifPresent(this::open);
    }

    /** Opens a project file, or a CSV as its project; the project open now closes first, asking to save. */
    public void open(Path file) {
        if (!ProjectLoading.canOpen(file)) {
            dialogs.showError("Cannot open " + file.getFileName(), "Errata opens project files (.errata.json) and CSV files.");
            return;
        }
        leaveProject(() -> background.submit(new Job<>("Opening " + file.getFileName(),
                progress -> ProjectLoading.load(file, progress),
                this::opened,
                failure -> dialogs.showError("Cannot open " + file.getFileName(), failure.getMessage()))));
    }

    private void opened(OpenedProject opened) {
        Workspace now = new Workspace(opened, background, dialogs, clock);
        workspace.set(now);
        recent.setAll(recentStore.add(opened.project().file()));
        if (!opened.project().warnings().isEmpty()) {
            dialogs.showWarnings("Opened " + now.name() + " with warnings", opened.project().warnings());
        }
    }

    /** Closes the window once the project is saved or let go, unless the user cancels. */
    public void requestClose(Runnable closeWindow) {
        leaveProject(closeWindow);
    }

    /**
     * Lets go of the open project, asking first when it has unsaved changes, then runs {@code next}.
     * Discarding deletes the journal, which would otherwise bring the edits back on the next open.
     */
    private void leaveProject(Runnable next) {
        Workspace open = workspace.get();
        if (open == null) {
            next.run();
            return;
        }
        if (!open.state().isChanged()) {
            close(open, false, next);
            return;
        }
        switch (dialogs.askUnsaved(open.name())) {
            case SAVE -> open.save(() -> close(open, false, next));
            case DISCARD -> close(open, true, next);
            case CANCEL -> { }
        }
    }

    private void close(Workspace open, boolean discardEdits, Runnable next) {
        open.state().detach();
        workspace.set(null);
        Project project = open.state().project();
        background.submit(new Job<Void>("Closing " + open.name(), progress -> {
            project.close();
            if (discardEdits) {
                Files.deleteIfExists(Project.journalOf(project.file()));
            }
            return null;
        }, done -> next.run(), failure -> {
            dialogs.showError("Could not close " + open.name(), failure.getMessage());
            next.run();
        }));
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace.get();
    }

    /** Most recent first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    /** "churn — Errata", with a leading "•" while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }
}
