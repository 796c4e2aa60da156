package dev.errata.ui.workspace;

import dev.errata.data.DataPreview;
import dev.errata.data.ImportRequest;
import dev.errata.project.Project;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.background.Work;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.importing.ImportViewModel;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.OpenedProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window apart from the project in it: opening projects, the recent list, the title, and leaving
 * with unsaved changes.
 */
public final class WindowViewModel {

    private final Background background;
    private final WindowDialogs dialogs;
    private final RecentProjects recentStore;
    private final AnalystName analyst;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding title;

    public WindowViewModel(
            Background background,
            WindowDialogs dialogs,
            RecentProjects recentStore,
            AnalystName analyst,
            Clock clock) {
        this.background = background;
        this.dialogs = dialogs;
        this.recentStore = recentStore;
        this.analyst = analyst;
        this.clock = clock;
        recent.setAll(recentStore.list());
        title = Bindings.createStringBinding(this::titleText, workspace);
        workspace.addListener((obs, old, now) -> {
            if (now != null) {
                now.state().changedProperty().addListener((o, was, changed) -> title.invalidate());
                now.state().fileProperty().addListener((o, was, file) -> {
                    title.invalidate();
                    recent.setAll(recentStore.add(file));
                });
            }
        });
    }

    private String titleText() {
        Workspace open = workspace.get();
        if (open == null) {
            return Messages.text("window.title.empty");
        }
        return Messages.text(open.state().isChanged() ? "window.title.changed" : "window.title", open.name());
    }

    /** Who the review marks and hand tags set in this window are recorded for. */
    public ReadOnlyStringProperty analystProperty() {
        return analyst.nameProperty();
    }

    /** Asks for the analyst's name, keeps it in the preferences and records the open project's next edits under it. */
    public void chooseAnalyst() {
        dialogs.askText(Messages.text("analyst.title"), Messages.text("analyst.prompt"), analyst.get())
                .ifPresent(name -> {
                    try {
                        analyst.set(name);
                    } catch (IllegalArgumentException e) {
                        dialogs.showError(Messages.text("analyst.failed"), e.getMessage());
                        return;
                    }
                    Workspace open = workspace.get();
                    if (open != null) {
                        open.state().session().setAnalyst(analyst.get());
                    }
                });
    }

    /** Asks for a project or CSV and opens it. */
    public void openChosen() {
        dialogs.chooseFileToOpen().ifPresent(this::open);
    }

    /**
     * Opens a project file, or a CSV as its project; a CSV without a project first shows the import dialog.
     * The project open now closes first, asking to save.
     */
    public void open(Path file) {
        if (!ProjectLoading.canOpen(file)) {
            dialogs.showError(Messages.text("open.failed", file.getFileName()), Messages.text("open.unknownKind"));
            return;
        }
        if (ProjectLoading.needsImport(file)) {
            background.submit(new Job<>(
                    Messages.text("open.reading", file.getFileName()),
                    progress -> DataPreview.of(file),
                    preview -> confirmImport(file, preview),
                    failure -> cannotOpen(file, failure)));
            return;
        }
        load(file, progress -> ProjectLoading.open(file, progress));
    }

    private void confirmImport(Path csv, DataPreview preview) {
        ImportViewModel importing = new ImportViewModel(csv, preview, background, dialogs);
        if (dialogs.confirmImport(importing)) {
            ImportRequest request = importing.request();
            List<String> tagColumns = importing.chosenTagColumns();
            load(csv, progress -> ProjectLoading.create(request, tagColumns, progress));
        }
    }

    private void load(Path file, Work<OpenedProject> loading) {
        leaveProject(() -> background.submit(new Job<>(
                Messages.text("open.opening", file.getFileName()),
                loading,
                this::opened,
                failure -> cannotOpen(file, failure))));
    }

    private void cannotOpen(Path file, Exception failure) {
        dialogs.showError(Messages.text("open.failed", file.getFileName()), failure.getMessage());
    }

    private void opened(OpenedProject opened) {
        opened.project().session().setAnalyst(analyst.get());
        Workspace now = new Workspace(opened, background, dialogs, clock);
        workspace.set(now);
        recent.setAll(recentStore.add(opened.project().file()));
        if (!opened.project().warnings().isEmpty()) {
            dialogs.showWarnings(
                    Messages.text("open.warnings", now.name()), opened.project().warnings());
        }
    }

    /**
     * Asks for a new project file and saves the project there; the window goes on with the new file and the
     * old one stays as it was last saved.
     */
    public void saveAsChosen() {
        Workspace open = workspace.get();
        if (open == null) {
            return;
        }
        dialogs.chooseFileToSave(
                        Messages.text("saveAs.title"),
                        open.name() + ProjectLoading.PROJECT_SUFFIX,
                        List.of(new FileType(Messages.text("files.project"), "errata.json")))
                .map(ProjectLoading::asProjectFile)
                .ifPresent(target -> open.state().saveAs(target, () -> {}));
    }

    /** Back to the empty window once the project is saved or let go, unless the user cancels. */
    public void closeProject() {
        leaveProject(() -> {});
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
            case CANCEL -> {}
        }
    }

    private void close(Workspace open, boolean discardEdits, Runnable next) {
        open.clips().stop();
        open.state().detach();
        workspace.set(null);
        Project project = open.state().project();
        background.submit(new Job<Void>(
                Messages.text("close.closing", open.name()),
                progress -> {
                    project.close();
                    if (discardEdits) {
                        Files.deleteIfExists(Project.journalOf(project.file()));
                    }
                    return null;
                },
                done -> next.run(),
                failure -> {
                    dialogs.showError(Messages.text("close.failed", open.name()), failure.getMessage());
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
