package dev.errata.ui.plots.residuals;

import dev.errata.data.Column;
import dev.errata.data.NumericColumn;
import dev.errata.data.Task;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.metrics.plots.PointSeries;
import dev.errata.report.NumberText;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.table.RowSubset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The residuals tab of a regression: residual against the prediction or any numeric column, their
 * histogram, and residuals in file order with the Durbin–Watson statistic; a click shows the rows there.
 */
public final class ResidualsViewModel {

    /** The x that is the model's prediction rather than a column. */
    public static final String PREDICTION = "prediction";

    private final PlotInputs inputs;
    private final ObjectProperty<String> x = new SimpleObjectProperty<>(PREDICTION);
    private final ReadOnlyObjectWrapper<ResidualPlots> plots = new ReadOnlyObjectWrapper<>();
    private final LatestResult<ResidualPlots> computing;

    public ResidualsViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        this.computing = new LatestResult<>(inputs.background(), "Plotting residuals", inputs::failed);
        x.addListener((obs, old, now) -> recompute());
        inputs.outcomesProperty().addListener((obs, old, now) -> recompute());
        recompute();
    }

    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().task() == Task.REGRESSION;
    }

    /** The prediction, then every numeric column that is not a role. */
    public List<String> xChoices() {
        List<String> choices = new ArrayList<>(List.of(PREDICTION));
        inputs.groupingColumns().stream().filter(name -> inputs.dataset().column(name) instanceof NumericColumn)
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
        computing.compute(progress -> ResidualPlots.of(outcomes, column == null ? PointSeries.residualAgainstPrediction(outcomes)
                : PointSeries.residualAgainst(outcomes, (NumericColumn) column), tolerance, durbinWatson), plots::set);
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
        inputs.showRows(RowSubset.of("residual in [" + NumberText.compact(histogram.low(bin)) + ", "
                + NumberText.compact(histogram.high(bin)) + ")", histogram.rows(bin)));
    }

    public ObjectProperty<String> xProperty() {
        return x;
    }

    /** Null until computed. */
    public ReadOnlyObjectProperty<ResidualPlots> plotsProperty() {
        return plots.getReadOnlyProperty();
    }
}
