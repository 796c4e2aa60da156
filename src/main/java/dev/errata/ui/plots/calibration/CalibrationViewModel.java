package dev.errata.ui.plots.calibration;

import dev.errata.metrics.Outcomes;
import dev.errata.metrics.plots.ReliabilityDiagram;
import dev.errata.ui.plots.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The calibration tab of a classifier with scores: the reliability diagram and its expected calibration error. */
public final class CalibrationViewModel {

    private final ReadOnlyObjectWrapper<ReliabilityDiagram> diagram = new ReadOnlyObjectWrapper<>();

    public CalibrationViewModel(PlotInputs inputs) {
        LatestResult<ReliabilityDiagram> computing = new LatestResult<>(inputs.background(), "Calibration", inputs::failed);
        Runnable compute = () -> {
            Outcomes outcomes = inputs.outcomesProperty().get();
            if (outcomes != null && ReliabilityDiagram.applies(outcomes)) {
                computing.compute(progress -> ReliabilityDiagram.of(outcomes, ReliabilityDiagram.DEFAULT_BINS), diagram::set);
            }
        };
        inputs.outcomesProperty().addListener((obs, old, now) -> compute.run());
        compute.run();
    }

    /** A classification with a binary score or class probabilities. */
    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().classification() != null && inputs.snapshot().scores() != null;
    }

    /** Null until computed. */
    public ReadOnlyObjectProperty<ReliabilityDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }
}
