package dev.errata.ui.plots.calibration;

import dev.errata.metrics.Outcomes;
import dev.errata.metrics.plots.ReliabilityDiagram;
import dev.errata.report.NumberText;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.table.RowSubset;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The calibration tab of a classifier with scores: the reliability diagram and its expected calibration error. */
public final class CalibrationViewModel {

    private final PlotInputs inputs;
    private final ReadOnlyObjectWrapper<ReliabilityDiagram> diagram = new ReadOnlyObjectWrapper<>();

    public CalibrationViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        LatestResult<ReliabilityDiagram> computing =
                new LatestResult<>(inputs.background(), "Calibration", inputs::failed);
        Runnable compute = () -> {
            Outcomes outcomes = inputs.outcomesProperty().get();
            if (outcomes != null && ReliabilityDiagram.applies(outcomes)) {
                computing.compute(
                        progress -> ReliabilityDiagram.of(outcomes, ReliabilityDiagram.DEFAULT_BINS), diagram::set);
            }
        };
        inputs.outcomesProperty().addListener((obs, old, now) -> compute.run());
        compute.run();
    }

    /** A classification with a binary score or class probabilities. */
    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().classification() != null && inputs.snapshot().scores() != null;
    }

    /** Limits the table to the rows of one score bin. */
    public void showBin(ReliabilityDiagram.Bin bin) {
        int index = diagram.get().bins().indexOf(bin);
        inputs.showRows(RowSubset.of(
                "score in [" + NumberText.compact(bin.low()) + ", " + NumberText.compact(bin.high()) + ")",
                ReliabilityDiagram.rows(
                        inputs.outcomesProperty().get(), diagram.get().bins().size(), index)));
    }

    /** Null until computed. */
    public ReadOnlyObjectProperty<ReliabilityDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }
}
