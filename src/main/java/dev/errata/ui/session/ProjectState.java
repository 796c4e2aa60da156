package dev.errata.ui.session;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagMetricsMemo;
import dev.errata.project.DataCheck;
import dev.errata.project.Project;
import dev.errata.project.ProjectSettings;
import dev.errata.tags.TagEdit;
import dev.errata.tags.TagSession;
import dev.errata.tags.TagSessionListener;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.messages.Messages;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.AnalysisSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * An open project as every view sees it: the marks and metrics of the latest edit, whether it differs from
 * the file, and the one door edits go through. Lives on the FX thread.
 */
public final class ProjectState {

    private final Project project;
    private final Background background;
    private final Dialogs dialogs;
    private final Clock clock;
    private final EditHistory history;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private RowMarks marks;
    private MetricsSnapshot snapshot;
    /** Only the tags an edit changed are counted again. */
    private final TagMetricsMemo tagMetrics = new TagMetricsMemo();

    private final ReadOnlyObjectWrapper<LocalDateTime> savedAt;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final TagSessionListener listener = this::edited;
    private boolean journalProblemShown;
    /**
     * While {@link #edit} runs, the session's edits are only heard; the marks, metrics and views follow once
     * when it ends. An import of reviews is thousands of edits (one per note), and undo takes them back one
     * by one: counting every tag again and redrawing after each took seconds on the FX thread.
     */
    private boolean inEdit;

    private boolean editsHeard;
    private final LatestResult<MetricsSnapshot> recomputing;

    /** @param background runs saves and the recomputing after a change of settings */
    public ProjectState(OpenedProject opened, Background background, Dialogs dialogs, Clock clock) {
        this.project = opened.project();
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.history = new EditHistory(project.recoveredEdits());
        this.marks = RowMarks.of(session());
        this.snapshot = opened.snapshot();
        this.savedAt = new ReadOnlyObjectWrapper<>(opened.savedAt());
        file.set(project.file());
        this.recomputing = new LatestResult<>(
                background,
                Messages.text("settings.recomputing"),
                failure -> dialogs.showError(Messages.text("settings.failed"), failure.getMessage()));
        session().addListener(listener);
    }

    private void edited(TagEdit effect, TagSessionListener.Change change) {
        history.edited(change);
        if (inEdit) {
            editsHeard = true;
        } else {
            showEdits();
        }
    }

    /** Copies the marks, counts the changed tags again and tells the views, once for all the edits heard. */
    private void showEdits() {
        marks = RowMarks.after(marks, session());
        String strata = AnalysisSettings.strataColumn(session());
        snapshot = Objects.equals(strata, snapshot.settings().strataColumn())
                ? snapshot.withTags(marks.inputs(), tagMetrics)
                : snapshot.withStrataColumn(session().dataset(), strata, marks.inputs());
        revision.set(revision.get() + 1);
        warnOnceOfJournalProblem();
    }

    /** Told once when the journal breaks, not at every key press after; a save that mends it resets this. */
    private void warnOnceOfJournalProblem() {
        Optional<String> problem = project.journalProblem();
        if (problem.isPresent() && !journalProblemShown) {
            journalProblemShown = true;
            dialogs.showError(Messages.text("journal.failed", name()), problem.get());
        } else if (problem.isEmpty()) {
            journalProblemShown = false;
        }
    }

    /**
     * Runs an edit on the session, or several, which the views then show at once; a refused edit (a taken
     * name, a bad rule) is shown to the user. Edits go on while a save writes: it took its snapshot before,
     * and the journal keeps what comes after.
     *
     * @return whether the edit ran
     */
    public boolean edit(String failureTitle, Consumer<TagSession> edit) {
        inEdit = true;
        try {
            edit.accept(session());
            return true;
        } catch (IllegalArgumentException e) {
            dialogs.showError(failureTitle, e.getMessage());
            return false;
        } finally {
            inEdit = false;
            if (editsHeard) {
                editsHeard = false;
                showEdits();
            }
        }
    }

    /**
     * Replaces the project's checks; they are saved with the project but are not tag edits, so undo does not
     * reach them.
     *
     * @return whether the checks changed
     */
    public boolean setChecks(List<String> checks) {
        project.setChecks(checks);
        history.changedOutsideHistory();
        return true;
    }

    /**
     * Changes the threshold or the tolerance, which decide which rows are errors, so every metric is computed
     * again, off the FX thread; while that runs the views keep the metrics they show, and of several changes
     * in a row only the newest is shown. Saved with the project but not a tag edit, so undo does not reach it.
     */
    public void changeSettings(ProjectSettings settings) {
        if (settings.equals(project.settings())) {
            return;
        }
        project.setSettings(settings);
        history.changedOutsideHistory();
        Dataset data = session().dataset();
        ColumnRoles roles = project.roles();
        MetricsSettings metrics = AnalysisSettings.of(settings, session(), snapshot.settings());
        RowMarks taken = marks;
        recomputing.compute(progress -> MetricsSnapshot.compute(data, roles, metrics, taken.inputs()), computed -> {
            // tag edits made meanwhile went into the old snapshot; they count in this one too
            snapshot = marks == taken ? computed : computed.withTags(marks.inputs(), tagMetrics);
            revision.set(revision.get() + 1);
        });
    }

    /**
     * Takes the save's snapshot here, on the FX thread where edits happen, and writes it off the FX thread,
     * then runs {@code afterSaved}; the user goes on tagging meanwhile. A failed save is shown and the
     * project stays changed.
     */
    public void save(Runnable afterSaved) {
        saveAs(project.file(), afterSaved);
    }

    /**
     * {@link #save} to another file, which the project then lives in: the journal of the edits made meanwhile
     * moves with it (see {@link Project#saveAs}), and the old file stays as it was last saved.
     */
    public void saveAs(Path target, Runnable afterSaved) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        Project.PendingSave pending = project.prepareSaveAs(target);
        history.saving();
        background.submit(new Job<Void>(
                "Saving " + name(),
                progress -> {
                    pending.write();
                    return null;
                },
                done -> {
                    saving.set(false);
                    history.saved();
                    savedAt.set(LocalDateTime.now(clock));
                    file.set(project.file());
                    afterSaved.run();
                },
                failure -> {
                    saving.set(false);
                    dialogs.showError("Could not save " + name(), failure.getMessage());
                }));
    }

    /**
     * Tells the user when the data changed since the save, as the open's warnings do. The window's open
     * leaves hashing the data files ({@link DataCheck#WHEN_ASKED}) until its first frames are drawn, then
     * asks here.
     */
    public void checkData() {
        background.submit(new Job<>(
                Messages.text("open.checking", name()),
                progress -> project.dataChangeWarning(),
                warning -> warning.ifPresent(
                        w -> dialogs.showWarnings(Messages.text("open.warnings", name()), List.of(w))),
                failure -> dialogs.showError(Messages.text("open.checkFailed", name()), failure.getMessage())));
    }

    /** Stops listening to the session; the caller closes the project off the FX thread. */
    public void detach() {
        session().removeListener(listener);
    }

    public Project project() {
        return project;
    }

    public TagSession session() {
        return project.session();
    }

    /** The project's file, which Save As changes. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The project's name: its file name without {@code .errata.json}. */
    public String name() {
        String file = project.file().getFileName().toString();
        return file.endsWith(".errata.json") ? file.substring(0, file.length() - ".errata.json".length()) : file;
    }

    /**
     * Counts the edits and the new metrics of changed settings; views refresh when it changes. A counter
     * rather than the marks themselves, because an edit such as a note leaves marks and metrics equal and a
     * property would not announce it.
     */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The marks as of the latest edit. */
    public RowMarks marks() {
        return marks;
    }

    /** The metrics as of the latest edit, at the settings of the latest recompute. */
    public MetricsSnapshot snapshot() {
        return snapshot;
    }

    /**
     * The project as it is now, unsaved edits included, copied here on the FX thread where edits happen, for
     * work off it. Sliced by the saved views' columns, as the report command does.
     */
    public Analysis analysisNow() {
        MetricsSettings settings =
                snapshot.settings().withSliceColumns(List.of()).withCrosses(List.of());
        return Analysis.of(
                Analysis.dataOf(project), session().memberships(), settings, Analysis.ProjectWork.of(project));
    }

    /** The name, or the name with the first number that makes it new among the tags. */
    public String freeTagName(String name) {
        String free = name;
        for (int n = 2; session().tag(free).isPresent(); n++) {
            free = name + " " + n;
        }
        return free;
    }

    public ReadOnlyObjectProperty<LocalDateTime> savedAtProperty() {
        return savedAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return history.changedProperty();
    }

    public boolean isChanged() {
        return history.isChanged();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
