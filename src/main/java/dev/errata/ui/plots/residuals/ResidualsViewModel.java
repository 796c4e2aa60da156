package dev.errata.ui.plots.residuals;

import dev.errata.data.Column;
import dev.errata.data.NumericColumn;
import dev.errata.data.Task;
import dev.errata.figure.ResidualPlots;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.metrics.plots.PointSeries;
import dev.errata.report.NumberText;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The residuals tab of a regression: residual against the prediction or any numeric column, their
 * histogram, and residuals in file order with the Durbin–Watson statistic; a click shows the rows there.
 * The band of ±tolerance sets the project's tolerance when an edge is dragged.
 */
public final class ResidualsViewModel {

    /** The x that is the model's prediction rather than a column. */
    public static final String PREDICTION = "prediction";

    private final PlotInputs inputs;
    private final ObjectProperty<String> x = new SimpleObjectProperty<>(PREDICTION);
    private final ReadOnlyObjectWrapper<ResidualPlots> plots = new ReadOnlyObjectWrapper<>();
    private final LatestResult<ResidualPlots> computing;
    private final ReadOnlyDoubleWrapper band = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyBooleanWrapper byDefault = new ReadOnlyBooleanWrapper();

    public ResidualsViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        this.computing = new LatestResult<>(inputs.background(), "Plotting residuals", inputs::failed);
        x.addListener((obs, old, now) -> recompute());
        inputs.outcomesProperty().addListener((obs, old, now) -> recompute());
        plots.addListener((obs, old, now) -> band.set(now.tolerance()));
        inputs.state().revisionProperty().addListener((obs, old, edits) -> showWhetherDefault());
        showWhetherDefault();
        recompute();
    }

    private void showWhetherDefault() {
        byDefault.set(Double.isNaN(inputs.snapshot().settings().tolerance()));
    }

    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().task() == Task.REGRESSION;
    }

    /** The prediction, then every numeric column that is not a role. */
    public List<String> xChoices() {
        List<String> choices = new ArrayList<>(List.of(PREDICTION));
        inputs.groupingColumns().stream()
                .filter(name -> inputs.dataset().column(name) instanceof NumericColumn)
                .forEach(choices::add);
        return choices;
    }

    private void recompute() {
        Outcomes outcomes = inputs.outcomesProperty().get();
        if (outcomes == null) {
            return;
        }
        Column column = PREDICTION.equals(x.get()) ? null : inputs.dataset().column(x.get());
        double tolerance = inputs.errorRows().tolerance();
        double durbinWatson = inputs.snapshot().regression().durbinWatson();
        computing.compute(
                progress -> ResidualPlots.of(
                        outcomes,
                        column == null
                                ? PointSeries.residualAgainstPrediction(outcomes)
                                : PointSeries.residualAgainst(outcomes, (NumericColumn) column),
                        tolerance,
                        durbinWatson),
                plots::set);
    }

    /** Limits the table to the rows of a density cell; line 0 is the lowest residuals. */
    public void showCell(DensityGrid grid, int column, int line) {
        var xs = grid.xExtent();
        var ys = grid.yExtent();
        String where = grid.series().xName() + " ≈ " + NumberText.compact(xs.at((column + 0.5) / grid.columns()))
                + ", residual ≈ " + NumberText.compact(ys.at((line + 0.5) / grid.rows()));
        inputs.showRows(RowSubset.of(where, grid.rowsIn(column, line)));
    }

    /** Limits the table to the rows of a histogram bin. */
    public void showBin(int bin) {
        var histogram = plots.get().histogram();
        inputs.showRows(RowSubset.of(
                "residual in [" + NumberText.compact(histogram.low(bin)) + ", "
                        + NumberText.compact(histogram.high(bin)) + ")",
                histogram.rows(bin)));
    }

    /** Back to the default tolerance, the 80th percentile of absolute residuals. */
    public void useDefaultTolerance() {
        changeTolerance(null);
    }

    /** Makes the project's tolerance {@code value}, null for the default; every metric follows it. */
    private void changeTolerance(Double value) {
        ProjectState state = inputs.state();
        state.changeSettings(state.project().settings().withTolerance(value));
    }

    /**
     * Moves the band while its edge is dragged, to the residual under the pointer, in three significant
     * digits: a pixel is coarser than that, and the tolerance then reads as it is shown.
     */
    public void dragBandTo(double residual) {
        band.set(new BigDecimal(Math.abs(residual)).round(new MathContext(3)).doubleValue());
    }

    /** The dragged band is let go: its tolerance becomes the project's; the band stays there meanwhile. */
    public void dropBand() {
        changeTolerance(band.get());
    }

    /**
     * Makes a typed number the project's tolerance.
     *
     * @return false, changing nothing, when the text is not a number of zero or more
     */
    public boolean setTolerance(String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            return false;
        }
        changeTolerance(value);
        return true;
    }

    /** A tolerance as the field shows it: six significant digits, no trailing zeros. */
    public static String toleranceText(double tolerance) {
        return Double.isNaN(tolerance)
                ? ""
                : new BigDecimal(tolerance)
                        .round(new MathContext(6))
                        .stripTrailingZeros()
                        .toPlainString();
    }

    /** The tolerance the band is drawn at: the plots', or where it is being dragged; NaN until plotted. */
    public ReadOnlyDoubleProperty bandProperty() {
        return band.getReadOnlyProperty();
    }

    /** Whether the tolerance is the default rather than one set for the project. */
    public ReadOnlyBooleanProperty byDefaultProperty() {
        return byDefault.getReadOnlyProperty();
    }

    public ObjectProperty<String> xProperty() {
        return x;
    }

    /** Null until computed. */
    public ReadOnlyObjectProperty<ResidualPlots> plotsProperty() {
        return plots.getReadOnlyProperty();
    }
}
