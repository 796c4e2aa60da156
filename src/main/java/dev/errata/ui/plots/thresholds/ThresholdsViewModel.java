package dev.errata.ui.plots.thresholds;

import dev.errata.data.Task;
import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.RowGroups;
import dev.errata.metrics.plots.ScoreCurves;
import dev.errata.metrics.plots.ThresholdFairness;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.session.ProjectState;
import java.util.List;
import java.util.stream.DoubleStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The fairness and thresholds tab of a binary model with scores: ROC and precision–recall curves, and the
 * fairness rates per group of a column at the chosen threshold and at fixed ones. Moving the threshold
 * recomputes off the FX thread; only the newest result is shown. Without a prediction column the settled
 * threshold makes the project's predictions.
 */
public final class ThresholdsViewModel {

    /** The thresholds always shown beside the chosen one, as Fairness Indicators' columns. */
    public static final List<Double> FIXED_THRESHOLDS = List.of(0.3, 0.5, 0.7);
    /** The rates the fairness table offers, in the order Fairness Indicators lists them. */
    public static final List<BinaryRate> RATES = List.of(
            BinaryRate.POSITIVE_RATE,
            BinaryRate.TPR,
            BinaryRate.FNR,
            BinaryRate.TNR,
            BinaryRate.FPR,
            BinaryRate.ACCURACY);

    private final PlotInputs inputs;
    private final DoubleProperty threshold;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();
    private final ObjectProperty<BinaryRate> rate = new SimpleObjectProperty<>(BinaryRate.TPR);
    private final ReadOnlyObjectWrapper<ScoreCurves> curves = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ThresholdFairness> fairness = new ReadOnlyObjectWrapper<>();
    private final LatestResult<ScoreCurves> curving;
    private final LatestResult<ThresholdFairness> measuring;

    public ThresholdsViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        this.threshold = new SimpleDoubleProperty(inputs.snapshot().settings().threshold());
        this.curving = new LatestResult<>(inputs.background(), "Drawing curves", inputs::failed);
        this.measuring = new LatestResult<>(inputs.background(), "Rates at threshold", inputs::failed);
        threshold.addListener((obs, old, now) -> remeasure());
        column.addListener((obs, old, now) -> remeasure());
        inputs.outcomesProperty().addListener((obs, old, now) -> {
            recurve();
            remeasure();
        });
        column.set(columns().isEmpty() ? null : columns().get(0));
        recurve();
    }

    /** A binary task with a positive-class score. */
    /** The inputs every plot reads, for the model picker above the plot. */
    public PlotInputs inputs() {
        return inputs;
    }

    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().task() == Task.BINARY && inputs.snapshot().scores() != null;
    }

    public List<String> columns() {
        return inputs.groupingColumns();
    }

    private void recurve() {
        Outcomes outcomes = inputs.outcomesProperty().get();
        if (outcomes != null) {
            curving.compute(progress -> ScoreCurves.of(outcomes), curves::set);
        }
    }

    private void remeasure() {
        Outcomes outcomes = inputs.outcomesProperty().get();
        String by = column.get();
        if (outcomes == null || by == null) {
            return;
        }
        var data = inputs.dataset();
        double[] thresholds = thresholds();
        measuring.compute(
                progress -> ThresholdFairness.of(
                        outcomes, RowGroups.of(data, by, MetricsSettings.DEFAULT_BINS), thresholds),
                fairness::set);
    }

    /** The chosen threshold first, then the fixed ones it does not show already (as the table writes them, to 0.01). */
    private double[] thresholds() {
        double chosen = threshold.get();
        return DoubleStream.concat(
                        DoubleStream.of(chosen),
                        FIXED_THRESHOLDS.stream()
                                .mapToDouble(Double::doubleValue)
                                .filter(t -> Math.round(t * 100) != Math.round(chosen * 100)))
                .toArray();
    }

    /**
     * Whether the threshold makes the predictions, as it does for data with a score but no prediction
     * column: then a settled threshold is the project's, and every metric follows it.
     */
    public boolean drivesPredictions() {
        return predictionColumn() == null;
    }

    /** The column holding the predictions; null when they are derived from the score. */
    public String predictionColumn() {
        return inputs.roles().prediction();
    }

    /**
     * The user let go of the threshold: it is rounded to the hundredth the slider shows and, when it makes
     * the predictions, becomes the project's threshold. Moving it does not, so that a drag over a million
     * rows recomputes the tab's rates only until it settles.
     */
    public void settle() {
        double rounded = Math.round(threshold.get() * 100) / 100.0;
        threshold.set(rounded);
        if (drivesPredictions()) {
            ProjectState state = inputs.state();
            state.changeSettings(state.project().settings().withThreshold(rounded));
        }
    }

    /** Rows with a score at or above it are positive. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The column whose groups the fairness table compares. */
    public ObjectProperty<String> columnProperty() {
        return column;
    }

    /** The rate the fairness table shows. */
    public ObjectProperty<BinaryRate> rateProperty() {
        return rate;
    }

    /** Null until computed. */
    public ReadOnlyObjectProperty<ScoreCurves> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** At the chosen threshold (index 0) and the fixed ones; null until computed. */
    public ReadOnlyObjectProperty<ThresholdFairness> fairnessProperty() {
        return fairness.getReadOnlyProperty();
    }
}
