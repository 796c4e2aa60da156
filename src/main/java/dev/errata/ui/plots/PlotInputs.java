package dev.errata.ui.plots;

import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Model;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.TagInput;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.ui.table.RowsViewModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every plot tab reads: the project's outcomes (bound off the FX thread, again after the settings
 * change), its metrics, and the row table the plots filter. When the project holds several models the plots
 * show the one picked ({@link #modelProperty}): its outcomes and its metrics, with its hand-tag estimates
 * stratified by the reviewed model's outcome too.
 */
public final class PlotInputs {

    private final ProjectState state;
    private final RowsViewModel rows;
    private final Background background;
    private final ReadOnlyObjectWrapper<Outcomes> outcomes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final LatestResult<Bound> binding;
    private final ObjectProperty<Model> model = new SimpleObjectProperty<>();
    /** The picked model's metrics; null while the plots show the project's own model. */
    private MetricsSnapshot modelSnapshot;
    /** The settings of the snapshot the outcomes were last bound for. */
    private MetricsSettings boundWith;

    public PlotInputs(ProjectState state, RowsViewModel rows, Background background) {
        this.state = state;
        this.rows = rows;
        this.background = background;
        this.binding = new LatestResult<>(background, "Preparing plots", this::failed);
        state.revisionProperty().addListener((obs, old, edits) -> {
            // another model's metrics hold its tags' figures, so any edit binds it again; the project's own only
            // needs its outcomes again when the threshold or tolerance changed
            if (model.get() != null || !state.snapshot().settings().equals(boundWith)) {
                bind();
            }
        });
        model.addListener((obs, old, now) -> bind());
        bind();
    }

    /** The outcomes of the model shown, and its metrics when it is not the project's own. */
    private record Bound(Outcomes outcomes, MetricsSnapshot snapshot) {}

    private void bind() {
        Dataset data = state.session().dataset();
        ColumnRoles roles = roles();
        MetricsSettings settings = state.snapshot().settings();
        boundWith = settings;
        if (model.get() == null) {
            binding.compute(progress -> new Bound(Outcomes.of(data, roles, settings.threshold()), null), this::show);
            return;
        }
        List<TagInput> tags = state.marks().inputs();
        ErrorRows reviewed = state.snapshot().errorRows();
        binding.compute(
                progress -> new Bound(
                        Outcomes.of(data, roles, settings.threshold()),
                        MetricsSnapshot.compute(data, roles, settings, tags, reviewed)),
                this::show);
    }

    /** The metrics first, so that a view redrawn on the new outcomes reads the matching metrics. */
    private void show(Bound bound) {
        modelSnapshot = bound.snapshot();
        outcomes.set(bound.outcomes());
    }

    /** The model the plots show; null for the project's own, which its roles name. */
    public ObjectProperty<Model> modelProperty() {
        return model;
    }

    /** The project's named models; empty for a project of one model. */
    public List<Model> models() {
        return state.project().models();
    }

    /** The roles of the model the plots show: the project's, with the picked model's prediction and scores. */
    public ColumnRoles roles() {
        ColumnRoles own = state.project().roles();
        Model picked = model.get();
        return picked == null
                ? own
                : picked.roles(own, dataset().name(), dataset().columnNames());
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

    /** Every column but the id, label, the models' predictions and scores: what rows can be grouped by. */
    public List<String> groupingColumns() {
        ColumnRoles roles = state.project().roles();
        return dataset().columns().stream()
                .map(Column::name)
                .filter(name -> !name.equals(roles.id())
                        && !name.equals(roles.label())
                        && !name.equals(roles.prediction())
                        && !name.equals(roles.score())
                        && !roles.classScores().containsValue(name)
                        && models().stream().noneMatch(m -> m.owns(name)))
                .toList();
    }

    /** The metrics of the model shown: the project's as of the latest edit, or the picked model's as last bound. */
    public MetricsSnapshot snapshot() {
        MetricsSnapshot picked = modelSnapshot;
        return model.get() != null && picked != null ? picked : state.snapshot();
    }

    public ErrorRows errorRows() {
        return snapshot().errorRows();
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
