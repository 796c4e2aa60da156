package dev.errata.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.shape.Polyline;

/**
 * Prevalence against headroom with a curve of equal potential gain (headroom × prevalence = g) through
 * each tag, so tags on one curve are worth the same.
 */
final class PriorityChart extends ScatterChart<Number, Number> {

    private static final int CURVE_POINTS = 60;

    private final NumberAxis prevalence;
    private final NumberAxis headroom;
    private final List<Polyline> curves = new ArrayList<>();
    private List<Double> gains = List.of();

    PriorityChart(NumberAxis prevalence, NumberAxis headroom) {
        super(prevalence, headroom);
        this.prevalence = prevalence;
        this.headroom = headroom;
    }

    void showGains(List<Double> values) {
        gains = values.stream().filter(g -> g > 0).distinct().toList();
        getPlotChildren().removeAll(curves);
        curves.clear();
        for (int i = 0; i < gains.size(); i++) {
            Polyline curve = new Polyline();
            curve.getStyleClass().add("gain-curve");
            curves.add(curve);
        }
        getPlotChildren().addAll(0, curves);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double xLow = Math.max(prevalence.getLowerBound(), 1e-9);
        double xHigh = prevalence.getUpperBound();
        double yHigh = headroom.getUpperBound();
        for (int i = 0; i < curves.size(); i++) {
            double gain = gains.get(i);
            List<Double> points = new ArrayList<>();
            for (int step = 0; step <= CURVE_POINTS; step++) {
                double x = xLow + (xHigh - xLow) * step / CURVE_POINTS;
                double y = gain / x;
                if (y <= yHigh) {
                    points.add(prevalence.getDisplayPosition(x));
                    points.add(headroom.getDisplayPosition(y));
                }
            }
            curves.get(i).getPoints().setAll(points);
        }
    }
}
