package dev.errata.ui.plots.compare;

import dev.errata.compare.LevelComparison;
import dev.errata.compare.ModelComparison;
import dev.errata.data.Model;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.table.RowSubset;
import dev.errata.workbench.Analysis;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roaringbitmap.RoaringBitmap;

/**
 * Two of the project's models side by side, overall and per class, slice and tag: compared off the FX thread
 * again when the analyst picks other models or edits the tags; a level's fixed or broken rows filter the table.
 */
public final class CompareViewModel {

    /** One line of the table: a level and how it is named there. */
    public record Level(String name, LevelComparison<?> comparison) {}

    private final PlotInputs inputs;
    private final List<Model> models;
    private final ObjectProperty<Model> before = new SimpleObjectProperty<>();
    private final ObjectProperty<Model> after = new SimpleObjectProperty<>();
    private final ObservableList<Level> levels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ModelComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final LatestResult<ModelComparison> computing;

    public CompareViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        this.models = inputs.state().project().models();
        this.computing = new LatestResult<>(inputs.background(), Messages.text("compare.computing"), inputs::failed);
        // the last step by default: the newest model against the one before it
        before.set(models.get(models.size() - 2));
        after.set(models.get(models.size() - 1));
        before.addListener((obs, old, now) -> recompute());
        after.addListener((obs, old, now) -> recompute());
        inputs.state().revisionProperty().addListener((obs, old, now) -> recompute());
        recompute();
    }

    /** Whether the project holds two models or more. */
    public static boolean applies(PlotInputs inputs) {
        return inputs.state().project().models().size() >= 2;
    }

    private void recompute() {
        Model first = before.get();
        Model second = after.get();
        if (first == null || second == null || first.equals(second)) {
            levels.clear();
            comparison.set(null);
            return;
        }
        Analysis analysis = inputs.state().analysisNow();
        computing.compute(progress -> analysis.compareAsReported(List.of(first, second)), this::show);
    }

    private void show(ModelComparison result) {
        List<Level> all = new ArrayList<>();
        all.add(new Level(Messages.text("compare.overall"), result.overall()));
        result.classes().forEach(l -> all.add(new Level(Messages.text("compare.class", l.name()), l)));
        result.slices().forEach(l -> all.add(new Level(l.column() + " = " + l.name(), l)));
        result.tags().forEach(l -> all.add(new Level(Messages.text("compare.tag", l.name()), l)));
        comparison.set(result);
        levels.setAll(all);
    }

    /** Filters the row table to the rows the second model fixed on a level. */
    public void showFixed(Level level) {
        show(level, level.comparison().paired().fixedRows(), "compare.fixedRows");
    }

    /** Filters the row table to the rows the second model broke on a level. */
    public void showBroken(Level level) {
        show(level, level.comparison().paired().brokenRows(), "compare.brokenRows");
    }

    private void show(Level level, RoaringBitmap rows, String key) {
        inputs.showRows(
                RowSubset.of(Messages.text(key, after.get().name(), before.get().name(), level.name()), rows.clone()));
    }

    public List<Model> models() {
        return models;
    }

    public ObjectProperty<Model> beforeProperty() {
        return before;
    }

    public ObjectProperty<Model> afterProperty() {
        return after;
    }

    public ObservableList<Level> levels() {
        return levels;
    }

    /** The latest comparison; null until the first is computed, or when both sides are one model. */
    public ReadOnlyObjectProperty<ModelComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
