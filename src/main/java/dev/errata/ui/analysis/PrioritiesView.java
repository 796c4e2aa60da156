package dev.errata.ui.analysis;

import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.geometry.Orientation;
import javafx.util.StringConverter;

/**
 * The prioritization matrix: tags ranked by potential gain beside ease and importance, and a chart of
 * prevalence against headroom where a bubble's area is the potential gain.
 */
public final class PrioritiesView extends SplitPane {

    private static final double LARGEST_RADIUS = 28;
    private static final double SMALLEST_RADIUS = 4;

    private final AnalysisViewModel model;
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final PriorityChart chart;
    private final NumberAxis prevalence = new NumberAxis();
    private final NumberAxis headroom = new NumberAxis();

    public PrioritiesView(AnalysisViewModel model) {
        this.model = model;
        setOrientation(Orientation.VERTICAL);
        TableView<TagLine> ranking = new TableView<>(model.priorities());
        ranking.setId("priorities");
        ranking.getColumns().add(MetricColumn.of(Messages.text("analysis.rank"), r -> model.rank(r.name()).best(),
                r -> model.rank(r.name()).label(), 70));
        ranking.getColumns().add(MetricColumn.name());
        ranking.getColumns().add(MetricColumn.rate(Messages.text("analysis.potentialGain"), r -> r.metrics().potentialGain().value(),
                r -> NumberText.withInterval(r.metrics().potentialGain())));
        ranking.getColumns().add(MetricColumn.of(Messages.text("analysis.prevalence"), r -> r.metrics().prevalence().value(),
                r -> NumberText.percent(r.metrics().prevalence().value())));
        ranking.getColumns().add(MetricColumn.of(Messages.text("analysis.headroom"), r -> r.metrics().headroom().value(),
                r -> NumberText.percent(r.metrics().headroom().value())));
        ranking.getColumns().add(MetricColumn.of(Messages.text("analysis.ease"), r -> rating(r.definition().ease()),
                r -> ratingText(r.definition().ease())));
        ranking.getColumns().add(MetricColumn.of(Messages.text("analysis.importance"), r -> rating(r.definition().importance()),
                r -> ratingText(r.definition().importance())));
        ranking.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.showRowsOf(row.name());
            }
        });

        prevalence.setLabel(Messages.text("analysis.prevalence"));
        headroom.setLabel(Messages.text("analysis.headroom"));
        for (NumberAxis axis : List.of(prevalence, headroom)) {
            axis.setAutoRanging(false);
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    return NumberText.percent(value.doubleValue());
                }

                @Override
                public Number fromString(String text) {
                    return Double.parseDouble(text.replace("%", "").strip()) / 100;
                }
            });
        }
        chart = new PriorityChart(prevalence, headroom);
        chart.setId("priority-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getData().add(series);
        model.bubbles().addListener((ListChangeListener<AnalysisViewModel.Bubble>) change -> plot());
        plot();
        getItems().addAll(ranking, chart);
    }

    private static double rating(Integer value) {
        return value == null ? Double.NaN : value;
    }

    private static String ratingText(Integer value) {
        return value == null ? NumberText.UNDEFINED : value.toString();
    }

    /** From zero to a fifth beyond the largest value, so the largest bubble is not cut at the edge. */
    private static void fit(NumberAxis axis, double largest) {
        double upper = Math.min(1, Math.max(0.05, largest * 1.2));
        axis.setLowerBound(0);
        axis.setUpperBound(upper);
        axis.setTickUnit(upper / 5);
    }

    private void plot() {
        fit(prevalence, model.bubbles().stream().mapToDouble(AnalysisViewModel.Bubble::prevalence).max().orElse(0));
        fit(headroom, model.bubbles().stream().mapToDouble(AnalysisViewModel.Bubble::headroom).max().orElse(0));
        series.getData().setAll(model.bubbles().stream().map(this::point).toList());
        chart.showGains(model.bubbles().stream().map(bubble -> bubble.gain().value()).toList());
    }

    private XYChart.Data<Number, Number> point(AnalysisViewModel.Bubble bubble) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(bubble.prevalence(), bubble.headroom());
        // the radius grows with the square root of the gain, so the area shows the gain; tiny gains stay visible
        Circle circle = new Circle(Math.max(SMALLEST_RADIUS, bubble.size() * LARGEST_RADIUS));
        Color color = Color.web(bubble.color());
        circle.setFill(color.deriveColor(0, 1, 1, 0.55));
        circle.setStroke(color);
        Tooltip.install(circle, new Tooltip(Messages.text("analysis.bubble", bubble.name(),
                NumberText.percent(bubble.prevalence()), NumberText.percent(bubble.headroom()),
                NumberText.withInterval(bubble.gain()))));
        circle.setOnMouseClicked(e -> model.showRowsOf(bubble.name()));
        point.setNode(circle);
        return point;
    }
}
