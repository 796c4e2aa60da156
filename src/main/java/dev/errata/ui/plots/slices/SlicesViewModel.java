package dev.errata.ui.plots.slices;

import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.RowGroups;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.table.RowSubset;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The slices tab: a column, or a cross of two, cut into slices (numbers in quantile bins) with their error
 * rates; a slice's rows fill the table, and a slice becomes a rule tag in one step.
 */
public final class SlicesViewModel {

    /** The second column's choice that means no cross. */
    public static final String NO_CROSS = "—";

    private final PlotInputs inputs;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();
    private final ObjectProperty<String> crossedWith = new SimpleObjectProperty<>(NO_CROSS);
    private final ObjectProperty<Slice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SliceResult> result = new ReadOnlyObjectWrapper<>();
    private final LatestResult<SliceResult> computing;

    public SlicesViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        this.computing = new LatestResult<>(inputs.background(), "Slicing", inputs::failed);
        column.addListener((obs, old, now) -> recompute());
        crossedWith.addListener((obs, old, now) -> recompute());
        inputs.outcomesProperty().addListener((obs, old, now) -> recompute());
        column.set(columns().isEmpty() ? null : columns().get(0));
    }

    public List<String> columns() {
        return inputs.groupingColumns();
    }

    private void recompute() {
        Outcomes outcomes = inputs.outcomesProperty().get();
        String first = column.get();
        String second = crossedWith.get();
        if (outcomes == null || first == null) {
            return;
        }
        var data = inputs.dataset();
        var errorRows = inputs.errorRows();
        int bins = MetricsSettings.DEFAULT_BINS;
        computing.compute(
                progress -> {
                    RowGroups groups = RowGroups.of(data, first, bins);
                    if (second != null && !NO_CROSS.equals(second) && !second.equals(first)) {
                        groups = RowGroups.cross(groups, RowGroups.of(data, second, bins));
                    }
                    Proportion overall = Proportion.of(errorRows.errorCount(), errorRows.evaluableCount());
                    return SliceResult.of(groups, SliceTable.of(outcomes, errorRows, groups), overall);
                },
                now -> {
                    selected.set(null);
                    result.set(now);
                });
    }

    /** Selects the slice and limits the table to its rows. */
    public void showSlice(Slice slice) {
        SliceResult now = result.get();
        selected.set(slice);
        inputs.showRows(RowSubset.of(
                now.groups().column() + " " + slice.value(), now.groups().rows(now.groupOf(slice))));
    }

    /** The rule that holds the selected slice's rows. */
    public String ruleOfSelected() {
        SliceResult now = result.get();
        return now.groups().rule(now.groupOf(Objects.requireNonNull(selected.get(), "no slice is selected")));
    }

    /** Makes the selected slice a rule tag named after it. */
    public void promoteSelected() {
        String rule = ruleOfSelected();
        String name = result.get().groups().column() + " " + selected.get().value();
        String color = TagPalette.color(inputs.state().marks().tags().size());
        inputs.state()
                .edit(
                        "Cannot make a tag of \"" + name + "\"",
                        session -> session.createTag(TagDefinition.rule(name, color, rule)));
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }

    public ObjectProperty<String> crossedWithProperty() {
        return crossedWith;
    }

    public ObjectProperty<Slice> selectedProperty() {
        return selected;
    }

    /** Null until the first slices are computed. */
    public ReadOnlyObjectProperty<SliceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
