package dev.errata.ui.table;

import dev.errata.data.Dataset;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.report.NumberText;
import dev.errata.tags.TagDefinition;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.background.Work;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.session.RowMarks;
import dev.errata.workbench.rows.ColumnCondition;
import dev.errata.workbench.rows.RowFilter;
import dev.errata.workbench.rows.RowQuery;
import dev.errata.workbench.rows.SortKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.roaringbitmap.RoaringBitmap;

/**
 * The row table's state: the filter, the sort, the rows they leave, and tagging of selected rows. The
 * rows are filtered again when the filter, the sort, the set of tags or the error rows change, not after
 * each tag edit: a row tagged under "untagged" stays in view until the analyst moves on.
 */
public final class RowsViewModel {

    private final ProjectState state;
    private final Dataset dataset;
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty errorsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty untagged = new SimpleBooleanProperty(false);
    private final BooleanProperty notReviewed = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SortKey> sort = new SimpleObjectProperty<>();
    private final ObjectProperty<RowSubset> subset = new SimpleObjectProperty<>();
    private final ObservableList<ColumnCondition> columnConditions = FXCollections.observableArrayList();
    private final RowList rows = new RowList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewProgress = new ReadOnlyStringWrapper("");
    /** From this many rows on, filtering runs off the FX thread. */
    static final int BACKGROUND_ROWS = 200_000;

    /** Large data filters off the FX thread; of several filters in a row only the newest is shown. */
    private final LatestResult<Shown> filtering;

    private RoaringBitmap visible = new RoaringBitmap();
    /** Whether a filter, search or plot's subset narrows the rows, so the status says how many it leaves. */
    private boolean narrowed;

    private List<String> tagNames;
    /** The error rows of the latest filter: a new threshold or tolerance gives new ones, which filter again. */
    private ErrorRows filteredErrors;
    /** Set while {@link #set} changes the filters one by one, so the rows are filtered once at the end. */
    private boolean liftingFilters;

    public RowsViewModel(ProjectState state, Background background) {
        this.state = state;
        this.filtering = new LatestResult<>(
                background,
                "Filtering rows",
                failure -> status.set(Messages.text("rows.filterFailed", failure.getMessage())));
        this.dataset = state.session().dataset();
        this.tagNames = names(state.marks());
        search.addListener((obs, old, value) -> refilter());
        errorsOnly.addListener((obs, old, value) -> refilter());
        untagged.addListener((obs, old, value) -> refilter());
        notReviewed.addListener((obs, old, value) -> refilter());
        tagFilter.addListener((obs, old, value) -> refilter());
        sort.addListener((obs, old, value) -> refilter());
        subset.addListener((obs, old, value) -> refilter());
        columnConditions.addListener((ListChangeListener<ColumnCondition>) change -> refilter());
        state.revisionProperty().addListener((obs, old, edits) -> marksChanged(state.marks()));
        refilter();
    }

    private static List<String> names(RowMarks marks) {
        return marks.tags().stream().map(TagDefinition::name).toList();
    }

    private void marksChanged(RowMarks marks) {
        List<String> now = names(marks);
        if (now.equals(tagNames) && filteredErrors == state.snapshot().errorRows()) {
            updateStatus();
            return;
        }
        tagNames = now;
        if (tagFilter.get() != null && !now.contains(tagFilter.get())) {
            tagFilter.set(null);
        }
        SortKey key = sort.get();
        if (key != null && key.kind() == SortKey.Kind.TAG && !now.contains(key.name())) {
            sort.set(null);
        }
        refilter();
    }

    /**
     * Filters and sorts on the FX thread for small data and as a background job for large data (a text
     * search reads every cell). The inputs are immutable copies, so a worker may read them; a result
     * that a newer filter has overtaken is dropped.
     */
    private void refilter() {
        if (!liftingFilters) {
            refilter(() -> {});
        }
    }

    /**
     * Shows the subset's rows alone, in its order: the search, the toggles, the tag and column filters and
     * the sort are lifted. Then, once the rows are in the table, runs {@code whenShown}; not at all when a
     * newer filter overtakes this one.
     */
    public void showOnly(RowSubset only, Runnable whenShown) {
        set(new RowQuery(RowFilter.NONE, null), only);
        refilter(whenShown);
    }

    /**
     * Shows the rows a query keeps in its order, e.g. a project's saved view: its filter replaces the search,
     * toggles and column filters, and a plot's subset is lifted.
     */
    public void apply(RowQuery query) {
        set(query, null);
        refilter();
    }

    /** Sets every filter at once, so the rows are filtered once, by the caller, rather than after each. */
    private void set(RowQuery query, RowSubset only) {
        RowFilter filter = query.filter();
        liftingFilters = true;
        try {
            search.set(filter.search());
            errorsOnly.set(filter.errorsOnly());
            untagged.set(filter.untagged());
            notReviewed.set(filter.notReviewed());
            tagFilter.set(filter.tag());
            columnConditions.setAll(filter.columns());
            sort.set(query.sort());
            subset.set(only);
        } finally {
            liftingFilters = false;
        }
    }

    private void refilter(Runnable whenShown) {
        filteredErrors = state.snapshot().errorRows();
        RoaringBitmap errors = filteredErrors.errors();
        RowMarks marks = state.marks();
        RowFilter filter = new RowFilter(
                search.get(), errorsOnly.get(), untagged.get(), notReviewed.get(), tagFilter.get(), columnConditions);
        RowQuery query = new RowQuery(filter, sort.get());
        RowSubset only = subset.get();
        Work<Shown> work = progress -> {
            RoaringBitmap shown = query.rows(dataset, errors, marks);
            if (only != null) {
                shown.and(only.rows());
            }
            return new Shown(
                    shown, query.order(only == null ? shown.toArray() : only.orderOf(shown), dataset, errors, marks));
        };
        boolean narrows = !filter.isEmpty() || only != null;
        Consumer<Shown> show = result -> {
            visible = result.rows();
            narrowed = narrows;
            rows.replace(result.order());
            updateStatus();
            whenShown.run();
        };
        if (dataset.rowCount() < BACKGROUND_ROWS) {
            show.accept(run(work));
        } else {
            filtering.compute(work, show);
        }
    }

    private static Shown run(Work<Shown> work) {
        try {
            return work.run(Progress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException("filtering rows failed", e);
        }
    }

    /** The rows a filter leaves, as a set and in table order. */
    private record Shown(RoaringBitmap rows, int[] order) {}

    private RoaringBitmap errors() {
        return state.snapshot().errorRows().errors();
    }

    /**
     * The project's counts, whole whatever the filter: a review's progress under a tag filter read "13 of 13",
     * which said nothing of the project. The filter's own count follows, labelled.
     */
    private void updateStatus() {
        RoaringBitmap errors = errors();
        long errorCount = errors.getLongCardinality();
        long reviewed = RoaringBitmap.andCardinality(errors, state.marks().reviewed());
        reviewProgress.set(Messages.text("rows.reviewed", NumberText.count(reviewed), NumberText.count(errorCount)));
        String project = Messages.text(
                "rows.project",
                NumberText.count(dataset.rowCount()),
                NumberText.count(errorCount),
                reviewProgress.get());
        status.set(
                narrowed
                        ? project + " · "
                                + Messages.text(
                                        "rows.filtered",
                                        NumberText.count(visible.getLongCardinality()),
                                        visible.getLongCardinality())
                        : project);
    }

    /**
     * Tags the rows with a hand tag, or untags them when all of them carry it already: what a click on a
     * tag's check box or its key does to the selection.
     */
    public void toggleTag(String tag, int[] selectedRows) {
        if (selectedRows.length == 0) {
            return;
        }
        RoaringBitmap selection = RoaringBitmap.bitmapOfUnordered(selectedRows);
        boolean allTagged =
                RoaringBitmap.andCardinality(selection, state.marks().rowsOf(tag)) == selection.getLongCardinality();
        state.edit("Cannot change tag \"" + tag + "\"", session -> session.setTag(tag, selection, !allTagged));
    }

    /** @return the tag the key 1–9 toggles, if any tag has it as its shortcut */
    public Optional<String> toggleShortcut(int key, int[] selectedRows) {
        Optional<String> tag = state.marks().tagWithShortcut(key).map(TagDefinition::name);
        tag.ifPresent(name -> toggleTag(name, selectedRows));
        return tag;
    }

    public boolean isError(int row) {
        return state.snapshot().errorRows().errors().contains(row);
    }

    public boolean isEvaluable(int row) {
        return state.snapshot().errorRows().evaluable().contains(row);
    }

    public Dataset dataset() {
        return dataset;
    }

    public ProjectState state() {
        return state;
    }

    public RowList rows() {
        return rows;
    }

    /** The shown rows as a set, e.g. to count what the filter leaves. */
    public RoaringBitmap visibleRows() {
        return visible.clone();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }

    public BooleanProperty untaggedProperty() {
        return untagged;
    }

    public BooleanProperty notReviewedProperty() {
        return notReviewed;
    }

    /** The tag whose rows alone are shown; null for every row. */
    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    /** Rows a plot points at, shown on top of the other filters; null for no such limit. */
    public ObjectProperty<RowSubset> subsetProperty() {
        return subset;
    }

    /** The conditions set in column headers, at most one a column. */
    public ObservableList<ColumnCondition> columnConditions() {
        return columnConditions;
    }

    /** Null for the order of the file. */
    public ObjectProperty<SortKey> sortProperty() {
        return sort;
    }

    /** "9,769 rows · 1,423 errors · reviewed 120 of 1,423 errors · filter: 13 rows": the project's, then the filter's count. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "reviewed 120 of 1,423 errors": the project's errors, whatever the filter. */
    public ReadOnlyStringProperty reviewProgressProperty() {
        return reviewProgress.getReadOnlyProperty();
    }
}
