package dev.errata.ui.plots;

import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Outcomes;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.ui.table.RowsViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every plot tab reads: the project's outcomes (bound once, off the FX thread), its metrics, and
 * the row table the plots filter.
 */
public final class PlotInputs {

    private final ProjectState state;
    private final RowsViewModel rows;
    private final Background background;
    private final ReadOnlyObjectWrapper<Outcomes> outcomes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PlotInputs(ProjectState state, RowsViewModel rows, Background background) {
        this.state = state;
        this.rows = rows;
        this.background = background;
        Dataset data = state.session().dataset();
        ColumnRoles roles = state.project().roles();
        double threshold = state.snapshot().settings().threshold();
        background.submit(new Job<>("Preparing plots", progress -> Outcomes.of(data, roles, threshold), outcomes::set,
                this::failed));
    }

    public void failed(Exception failure) {
        problem.set(failure.getMessage());
    }

    /** Limits the table to rows a plot points at. */
    public void showRows(RowSubset subset) {
        rows.subsetProperty().set(subset);
    }

    /** Null until bound. */
    public ReadOnlyObjectProperty<Outcomes> outcomesProperty() {
        return outcomes.getReadOnlyProperty();
    }

    /** Every column but the id, label, prediction and scores: what rows can be grouped by. */
    public List<String> groupingColumns() {
        ColumnRoles roles = state.project().roles();
        return dataset().columns().stream().map(Column::name)
                .filter(name -> !name.equals(roles.id()) && !name.equals(roles.label()) && !name.equals(roles.prediction())
                        && !name.equals(roles.score()) && !roles.classScores().containsValue(name))
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
