package dev.errata.ui.workspace;

import dev.errata.data.Task;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.ReviewStrata;
import dev.errata.project.SavedView;
import dev.errata.report.NumberText;
import dev.errata.tags.TagSession;
import dev.errata.ui.analysis.AnalysisViewModel;
import dev.errata.ui.background.Background;
import dev.errata.ui.checks.ChecksViewModel;
import dev.errata.ui.export.ExportViewModel;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.review.ClipViewModel;
import dev.errata.ui.review.LabelErrorsViewModel;
import dev.errata.ui.review.MoreLikeThisViewModel;
import dev.errata.ui.review.ProposalContext;
import dev.errata.ui.review.ReviewQueueViewModel;
import dev.errata.ui.review.ReviewViewModel;
import dev.errata.ui.session.OpenedProject;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.suggestions.SuggestionsViewModel;
import dev.errata.ui.table.ColumnFilters;
import dev.errata.ui.table.ColumnVisibility;
import dev.errata.ui.table.RowsViewModel;
import dev.errata.ui.tags.TagListViewModel;
import dev.errata.workbench.rows.RowQuery;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One open project and the ViewModels of its views, with the commands that act on the whole project. */
public final class Workspace {

    private static final DateTimeFormatter SAVED_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final long SEED_BOUND = 1_000_000;

    private final ProjectState state;
    private final RowsViewModel rows;
    private final ColumnVisibility columns;
    private final ColumnFilters columnFilters;
    private final TagListViewModel tags;
    private final AnalysisViewModel analysis;
    private final ReviewViewModel review;
    private final ClipViewModel clips;
    private final ReviewQueueViewModel queue;
    private final LabelErrorsViewModel labelErrors;
    private final MoreLikeThisViewModel moreLike;
    private final SuggestionsViewModel suggestions;
    private final ChecksViewModel checks;
    private final ExportViewModel exports;
    private final PlotInputs plots;
    private final ReviewsImporting reviewsImporting;
    private final TeamWork team;
    private final ModelAdding models;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final StringBinding status;

    public Workspace(OpenedProject opened, Background background, WindowDialogs dialogs, Clock clock) {
        this.state = new ProjectState(opened, background, dialogs, clock);
        this.rows = new RowsViewModel(state, background);
        this.columns = new ColumnVisibility(rows.dataset());
        this.columnFilters = new ColumnFilters(rows);
        this.tags = new TagListViewModel(state, dialogs);
        this.analysis = new AnalysisViewModel(state, rows.tagFilterProperty());
        this.review = new ReviewViewModel(state, rows, dialogs);
        this.clips = new ClipViewModel(review, background);
        // a short seed is easy to pass on to a colleague, who draws the same queue with it
        this.queue = new ReviewQueueViewModel(
                state,
                rows,
                review,
                background,
                dialogs,
                () -> ThreadLocalRandom.current().nextLong(1, SEED_BOUND));
        ProposalContext proposals = new ProposalContext(state, rows, review, background, dialogs);
        this.labelErrors = new LabelErrorsViewModel(proposals);
        this.moreLike = new MoreLikeThisViewModel(proposals);
        this.suggestions = new SuggestionsViewModel(proposals);
        this.checks = new ChecksViewModel(state, background, dialogs);
        this.exports = new ExportViewModel(state, rows, background, dialogs);
        this.plots = new PlotInputs(state, rows, background);
        this.reviewsImporting = new ReviewsImporting(state, background, dialogs);
        this.team = new TeamWork(state, rows, review, background, dialogs);
        this.models = new ModelAdding(state, background, dialogs);
        status = Bindings.createStringBinding(
                () -> rows.statusProperty().get() + " · " + sampleText() + queueText() + settingsText()
                        + (state.isChanged()
                                ? "unsaved changes"
                                : "saved "
                                        + SAVED_TIME.format(
                                                state.savedAtProperty().get()))
                        + state.project()
                                .dataOutsideFolder()
                                .map(data -> " · " + Messages.text("status.dataElsewhere", data))
                                .orElse("")
                        + (clips.messageProperty().get().isEmpty()
                                ? ""
                                : " · " + clips.messageProperty().get()),
                rows.statusProperty(),
                clips.messageProperty(),
                queue.progressProperty(),
                state.changedProperty(),
                state.savedAtProperty(),
                state.revisionProperty());
        state.revisionProperty().addListener((obs, old, edits) -> updateHistory());
        updateHistory();
    }

    /**
     * "hand tags estimated for 199,955 rows · " where the rows open are a sample of larger data whose strata
     * the review design records; empty otherwise. The other figures are the sample's.
     */
    private String sampleText() {
        ReviewStrata strata = state.snapshot().strata();
        long population = strata.population();
        return population > strata.errorRows().evaluable().getLongCardinality()
                ? Messages.text("status.sampleOf", NumberText.count(population)) + " · "
                : "";
    }

    /** "queue: reviewed 37 of 100 errors, 12 of 50 correct rows · "; empty without a queue. */
    private String queueText() {
        String progress = queue.progressProperty().get();
        return progress.isEmpty() ? "" : progress + " · ";
    }

    /** "threshold 0.50 · " or "tolerance 75000 · ": what the numbers shown decide errors by; empty where nothing does. */
    private String settingsText() {
        MetricsSnapshot snapshot = state.snapshot();
        if (snapshot.task() == Task.REGRESSION || snapshot.task() == Task.TRANSCRIPTION) {
            return Messages.text(
                            "settings.status.tolerance",
                            NumberText.compact(snapshot.errorRows().tolerance())) + " · ";
        }
        if (snapshot.thresholdRates() != null) {
            return Messages.text(
                            "settings.status.threshold",
                            String.format(
                                    Locale.ROOT, "%.2f", snapshot.settings().threshold()))
                    + " · ";
        }
        return "";
    }

    private void updateHistory() {
        TagSession session = state.session();
        canUndo.set(session.canUndo());
        canRedo.set(session.canRedo());
        undoText.set(session.undoLabel()
                .map(label -> Messages.text("menu.edit.undoWhat", label))
                .orElse(Messages.text("menu.edit.undo")));
        redoText.set(session.redoLabel()
                .map(label -> Messages.text("menu.edit.redoWhat", label))
                .orElse(Messages.text("menu.edit.redo")));
    }

    public void undo() {
        if (state.session().canUndo()) {
            state.edit("Cannot undo", TagSession::undo);
        }
    }

    public void redo() {
        if (state.session().canRedo()) {
            state.edit("Cannot redo", TagSession::redo);
        }
    }

    public void save(Runnable afterSaved) {
        state.save(afterSaved);
    }

    /** Agreement with and merge of another analyst's project. */
    public TeamWork team() {
        return team;
    }

    /** Adding a model's predictions to the project. */
    public ModelAdding models() {
        return models;
    }

    public ProjectState state() {
        return state;
    }

    public String name() {
        return state.name();
    }

    public RowsViewModel rows() {
        return rows;
    }

    /** Which data columns the table shows. */
    /** The names of the project's saved views, for the View menu. */
    public List<String> savedViewNames() {
        return state.project().views().stream().map(SavedView::name).toList();
    }

    /**
     * Shows a saved view: its rows in its order, as {@code errata export rows --view} writes them, and its
     * columns when it names some.
     */
    public void applyView(String name) {
        SavedView view = RowQuery.named(state.project().views(), name);
        rows.apply(RowQuery.of(view, rows.dataset()));
        columns.showOnly(view.visibleColumns());
    }

    public ColumnVisibility columns() {
        return columns;
    }

    /** What each column's header filters the rows by. */
    public ColumnFilters columnFilters() {
        return columnFilters;
    }

    public TagListViewModel tags() {
        return tags;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public ReviewViewModel review() {
        return review;
    }

    /** The current row's audio clip: its waveform and playing it. */
    public ClipViewModel clips() {
        return clips;
    }

    /** The review queue: drawing it, walking it, its progress. */
    public ReviewQueueViewModel queue() {
        return queue;
    }

    /** Review → Find label-error suspects…: the suspects walked with the tag that confirms one. */
    public LabelErrorsViewModel labelErrors() {
        return labelErrors;
    }

    /** A tag's "More like this…". */
    public MoreLikeThisViewModel moreLike() {
        return moreLike;
    }

    /** The Suggestions tab: weak slices to walk or to make rule tags of. */
    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    public ChecksViewModel checks() {
        return checks;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public PlotInputs plots() {
        return plots;
    }

    /** File → Import reviews…: tags, review marks and notes from a CSV. */
    public ReviewsImporting reviewsImporting() {
        return reviewsImporting;
    }

    /**
     * "9,769 of 9,769 rows · 1,423 errors · reviewed 120 of 1,423 errors · queue: reviewed 37 of 100 errors, 12 of
     * 50 correct rows · threshold 0.50 · saved 10:42"; the queue's part only while there is a queue.
     */
    public StringBinding statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo tag 200 rows car noise" */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
