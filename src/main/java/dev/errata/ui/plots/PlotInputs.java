package dev.errata.ui.plots;

import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Outcomes;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.ui.table.RowsViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every plot tab reads: the project's outcomes (bound off the FX thread, again after the settings
 * change), its metrics, and the row table the plots filter.
 */
public final class PlotInputs {

    private final ProjectState state;
    private final RowsViewModel rows;
    private final Background background;
    private final ReadOnlyObjectWrapper<Outcomes> outcomes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final LatestResult<Outcomes> binding;
    /** The settings of the snapshot the outcomes were last bound for. */
    private MetricsSettings boundWith;

    public PlotInputs(ProjectState state, RowsViewModel rows, Background background) {
        this.state = state;
        this.rows = rows;
        this.background = background;
        this.binding = new LatestResult<>(background, "Preparing plots", this::failed);
        state.revisionProperty().addListener((obs, old, edits) -> {
            if (!state.snapshot().settings().equals(boundWith)) {
                bind();
            }
        });
        bind();
    }

    private void bind() {
        Dataset data = state.session().dataset();
        ColumnRoles roles = state.project().roles();
        MetricsSettings settings = state.snapshot().settings();
        boundWith = settings;
        binding.compute(progress -> Outcomes.of(data, roles, settings.threshold()), outcomes::set);
    }

    public void failed(Exception failure) {
        problem.set(failure.getMessage());
    }

    /** Limits the table to rows a plot points at. */
    public void showRows(RowSubset subset) {
        rows.subsetProperty().set(subset);
    }

    /**
     * Null until bound. Bound again, as a new value, whenever the threshold or the tolerance changes: the
     * predictions may follow the threshold, and the plots that read the error rows beside it draw again.
     */
    public ReadOnlyObjectProperty<Outcomes> outcomesProperty() {
        return outcomes.getReadOnlyProperty();
    }

    /** Every column but the id, label, prediction and scores: what rows can be grouped by. */
    public List<String> groupingColumns() {
        ColumnRoles roles = state.project().roles();
        return dataset().columns().stream()
                .map(Column::name)
                .filter(name -> !name.equals(roles.id())
                        && !name.equals(roles.label())
                        && !name.equals(roles.prediction())
                        && !name.equals(roles.score())
                        && !roles.classScores().containsValue(name))
                .toList();
    }

    public MetricsSnapshot snapshot() {
        return state.snapshot();
    }

    public ErrorRows errorRows() {
        return state.snapshot().errorRows();
    }

    public Dataset dataset() {
        return state.session().dataset();
    }

    public ProjectState state() {
        return state;
    }

    public Background background() {
        return background;
    }

    public RowsViewModel rows() {
        return rows;
    }

    /** Why a plot could not be computed; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
