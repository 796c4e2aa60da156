package dev.errata.workbench;

import dev.errata.compare.VersionHistory;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Task;
import dev.errata.figure.CalibrationFigure;
import dev.errata.figure.ConfusionFigure;
import dev.errata.figure.CurvesFigure;
import dev.errata.figure.Figure;
import dev.errata.figure.HistoryFigure;
import dev.errata.figure.Palette;
import dev.errata.figure.PriorityFigure;
import dev.errata.figure.ResidualPlots;
import dev.errata.figure.ResidualsFigure;
import dev.errata.figure.SlicesFigure;
import dev.errata.figure.SvgDocument;
import dev.errata.metrics.ConfusionMatrix;
import dev.errata.metrics.GainRank;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.plots.PointSeries;
import dev.errata.metrics.plots.ReliabilityDiagram;
import dev.errata.metrics.plots.ScoreCurves;
import dev.errata.report.NumberText;
import dev.errata.report.ReportFigure;
import dev.errata.report.ReportFigure.Place;
import dev.errata.tags.TagDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures a report shows: every figure the window has for the task, drawn by the window's own
 * builders from the same metrics and written as SVG in the light palette of a white page.
 */
final class ReportFigures {

    private static final double WIDTH = 720;
    private static final double WIDE = 900;

    private ReportFigures() {}

    static List<ReportFigure> of(
            MetricsSnapshot s,
            Dataset dataset,
            ColumnRoles roles,
            List<TagDefinition> definitions,
            VersionHistory history) {
        List<ReportFigure> figures = new ArrayList<>();
        if (history.versions().size() > 1 && !history.tags().isEmpty()) {
            figures.add(figure(
                    Place.CHANGES,
                    "",
                    "history",
                    "Each tag's error rate per version of the model, the overall error rate dashed",
                    HistoryFigure.tags(history, WIDE, 380)));
        }
        if (!s.tags().isEmpty()) {
            List<PriorityFigure.Point> placed = PriorityFigure.placeable(GainRank.byGain(s.tags()), definitions);
            int unplaced = s.tags().size() - placed.size();
            figures.add(figure(
                    Place.PRIORITIES,
                    "",
                    "priorities",
                    "Potential gain against ease, each tag's 95% interval as a whisker"
                            + (unplaced > 0 && !placed.isEmpty()
                                    ? "; " + unplaced + " tag(s) without a baseline, an ease or rows are not in it"
                                    : ""),
                    PriorityFigure.draw(placed, WIDTH, 400)));
        }
        Outcomes outcomes = Outcomes.of(dataset, roles, s.settings().threshold());
        if (s.classification() != null) {
            ConfusionMatrix matrix = s.classification().confusion();
            figures.add(figure(
                    Place.CONFUSION,
                    "",
                    "confusion-matrix",
                    "Each cell's count and its share of the row (the true label), shaded by the share",
                    ConfusionFigure.draw(
                            matrix,
                            matrix.classesInOrder(),
                            matrix.rowNormalised(),
                            ConfusionFigure.width(matrix.classes()),
                            ConfusionFigure.height(matrix.classes()))));
        }
        // the window's thresholds tab and its calibration tab apply to the same projects
        if (s.task() == Task.BINARY && s.scores() != null) {
            figures.add(figure(
                    Place.SCORES,
                    "",
                    "curves",
                    "ROC and precision–recall curves; the red dot is the threshold "
                            + s.settings().threshold(),
                    CurvesFigure.draw(ScoreCurves.of(outcomes), s.thresholdRates(), WIDE, 420)));
        }
        if (s.classification() != null && s.scores() != null && ReliabilityDiagram.applies(outcomes)) {
            figures.add(figure(
                    Place.SCORES,
                    "",
                    "calibration",
                    "How often each bin of scores came true (bars) against its "
                            + "mean score (red), beside the diagonal of a calibrated model",
                    CalibrationFigure.draw(
                            ReliabilityDiagram.of(outcomes, ReliabilityDiagram.DEFAULT_BINS), 480, 480)));
        }
        if (s.regression() != null) {
            ResidualPlots plots = ResidualPlots.of(
                    outcomes,
                    PointSeries.residualAgainstPrediction(outcomes),
                    s.errorRows().tolerance(),
                    s.regression().durbinWatson());
            figures.add(figure(
                    Place.RESIDUALS,
                    "",
                    "residuals",
                    "Residual against prediction, the histogram of residuals "
                            + "and the residuals in file order; the band is the tolerance",
                    ResidualsFigure.draw(plots, WIDE, 620)));
        }
        Proportion overall =
                Proportion.of(s.errorRows().errorCount(), s.errorRows().evaluableCount());
        for (int i = 0; i < s.slices().size(); i++) {
            SliceTable table = s.slices().get(i);
            List<Slice> slices = SlicesFigure.byErrorRate(table.slices());
            figures.add(figure(
                    Place.SLICES,
                    table.column(),
                    "slices-" + (i + 1),
                    "Error rate by " + table.column() + " with 95% intervals; dashed: overall "
                            + NumberText.percent(overall.value()),
                    SlicesFigure.draw(table.column(), slices, overall, WIDTH, SlicesFigure.height(slices.size()))));
        }
        return figures;
    }

    private static ReportFigure figure(Place place, String column, String name, String caption, Figure figure) {
        return new ReportFigure(place, column, name, caption, SvgDocument.of(figure, Palette.LIGHT));
    }
}
