package dev.errata.ui.analysis;

import dev.errata.figure.PriorityFigure;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.figure.FigureCanvas;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

/**
 * The prioritization matrix: tags ranked by potential gain beside ease and importance, and the chart of
 * potential gain against ease; a click on a tag in either shows its rows.
 */
public final class PrioritiesView extends SplitPane {

    public PrioritiesView(AnalysisViewModel model) {
        setOrientation(Orientation.VERTICAL);
        TableView<TagLine> ranking = new TableView<>(model.priorities());
        ranking.setId("priorities");
        ranking.getColumns()
                .add(MetricColumn.of(
                        Messages.text("analysis.rank"),
                        r -> model.rank(r.name()).best(),
                        r -> model.rank(r.name()).label(),
                        70));
        ranking.getColumns().add(MetricColumn.name());
        ranking.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.potentialGain"),
                        r -> r.metrics().potentialGain().value(),
                        r -> NumberText.withInterval(r.metrics().potentialGain())));
        ranking.getColumns()
                .add(MetricColumn.of(
                        Messages.text("analysis.prevalence"),
                        r -> r.metrics().prevalence().value(),
                        r -> NumberText.percent(r.metrics().prevalence().value())));
        ranking.getColumns()
                .add(MetricColumn.of(
                        Messages.text("analysis.headroom"),
                        r -> r.metrics().headroom().value(),
                        r -> NumberText.percent(r.metrics().headroom().value())));
        ranking.getColumns()
                .add(MetricColumn.of(
                        Messages.text("analysis.ease"),
                        r -> rating(r.definition().ease()),
                        r -> ratingText(r.definition().ease())));
        ranking.getColumns()
                .add(MetricColumn.of(
                        Messages.text("analysis.importance"),
                        r -> rating(r.definition().importance()),
                        r -> ratingText(r.definition().importance())));
        ranking.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.showRowsOf(row.name());
            }
        });

        FigureCanvas chart = new FigureCanvas(key -> {
            if (key instanceof PriorityFigure.Point point) {
                model.showRowsOf(point.name());
            }
        });
        chart.setId("priority-chart");
        chart.setMinHeight(220);
        Runnable plot = () -> {
            List<PriorityFigure.Point> placed = List.copyOf(model.placed());
            chart.show((w, h) -> PriorityFigure.draw(placed, w, h));
        };
        model.placed().addListener((ListChangeListener<PriorityFigure.Point>) change -> plot.run());
        plot.run();
        getItems().addAll(ranking, chart);
    }

    private static double rating(Integer value) {
        return value == null ? Double.NaN : value;
    }

    private static String ratingText(Integer value) {
        return value == null ? NumberText.UNDEFINED : value.toString();
    }
}
