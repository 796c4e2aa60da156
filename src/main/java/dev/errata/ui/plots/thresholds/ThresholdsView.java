package dev.errata.ui.plots.thresholds;

import dev.errata.figure.CurvesFigure;
import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.RateGaps;
import dev.errata.metrics.plots.CurvePoint;
import dev.errata.metrics.plots.ThresholdFairness;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.ModelPicker;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.TextColumn;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import dev.errata.ui.text.ShownText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The threshold slider over the curves, the overall rates at the threshold, and the fairness table: per
 * group the chosen rate with its gap to overall at the chosen threshold and at 0.3, 0.5 and 0.7.
 */
public final class ThresholdsView extends BorderPane {

    /** How long a dragged slider rests before its threshold counts as chosen. */
    private static final Duration SETTLING = Duration.millis(150);

    private final ThresholdsViewModel model;
    private final FigureCanvas canvas;
    private final Label rates = new Label();
    private final TableView<ThresholdFairness.Group> table = new TableView<>();

    public ThresholdsView(ThresholdsViewModel model, PlotContext context) {
        this.model = model;
        canvas = new FigureCanvas(key -> {
            if (key instanceof CurvePoint point) {
                model.thresholdProperty().set(point.threshold());
            }
        });
        Slider slider = new Slider(0, 1, model.thresholdProperty().get());
        slider.setId("threshold-slider");
        slider.setPrefWidth(180);
        slider.setBlockIncrement(0.01);
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        settleWith(slider);
        Label value = new Label();
        value.textProperty().bind(model.thresholdProperty().asString(Locale.ROOT, "threshold %.2f"));
        ComboBox<String> column = new ComboBox<>(FXCollections.observableArrayList(model.columns()));
        column.valueProperty().bindBidirectional(model.columnProperty());
        ComboBox<BinaryRate> rate = new ComboBox<>(FXCollections.observableArrayList(ThresholdsViewModel.RATES));
        rate.setConverter(new ShownText<>(r -> r.key().replace('_', ' '), rate::getItems));
        rate.valueProperty().bindBidirectional(model.rateProperty());
        setTop(PlotBar.of(
                ModelPicker.of(model.inputs()),
                value,
                slider,
                new Label("groups by"),
                column,
                rate,
                new FigureSaving(canvas, "curves", context.files(this), context.background(), context.onFailed())));
        Label scope = new Label(
                model.drivesPredictions()
                        ? Messages.text("thresholds.drivesPredictions")
                        : Messages.text("thresholds.fromPredictionColumn", model.predictionColumn()));
        scope.setId("threshold-scope");
        scope.getStyleClass().add("plot-note");
        scope.setWrapText(true);
        scope.setMinHeight(Region.USE_PREF_SIZE);
        canvas.setMinHeight(220);
        rates.setId("threshold-rates");
        rates.setWrapText(true);
        rates.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("fairness-table");
        // the columns share the panel's width rather than scroll, so the group each line is about stays in view
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SplitPane split = new SplitPane(new VBox(4, scope, canvas), new VBox(6, rates, table));
        VBox.setVgrow(canvas, Priority.ALWAYS);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        model.curvesProperty().addListener((obs, old, now) -> redraw());
        model.fairnessProperty().addListener((obs, old, now) -> showFairness());
        model.rateProperty().addListener((obs, old, now) -> showFairness());
        redraw();
        showFairness();
    }

    /**
     * Tells the model when the threshold settles: on release, after a pause while dragging, and at once when
     * a key, a click on the track or on a curve moves it.
     */
    private void settleWith(Slider slider) {
        PauseTransition pause = new PauseTransition(SETTLING);
        pause.setOnFinished(e -> model.settle());
        slider.valueProperty().addListener((obs, old, now) -> {
            if (slider.isValueChanging()) {
                pause.playFromStart();
            } else {
                model.settle();
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                pause.stop();
                model.settle();
            }
        });
    }

    private void redraw() {
        ThresholdFairness fairness = model.fairnessProperty().get();
        BinaryRates at = fairness == null ? null : fairness.overall().get(0);
        canvas.show((w, h) -> CurvesFigure.draw(model.curvesProperty().get(), at, w, h));
    }

    private void showFairness() {
        redraw();
        ThresholdFairness fairness = model.fairnessProperty().get();
        if (fairness == null) {
            return;
        }
        BinaryRates overall = fairness.overall().get(0);
        rates.setText(ThresholdsViewModel.RATES.stream()
                .map(r -> r.key().replace('_', ' ') + " " + NumberText.percent(overall.value(r)))
                .collect(Collectors.joining(
                        " · ",
                        "overall at "
                                + String.format(
                                        Locale.ROOT,
                                        "%.2f",
                                        fairness.thresholds().get(0)) + ": ",
                        "\n" + Messages.text("thresholds.cells"))));
        BinaryRate shown = model.rateProperty().get();
        table.getColumns()
                .setAll(List.of(
                        TextColumn.of(fairness.column(), ThresholdFairness.Group::value),
                        TextColumn.of("rows", g -> NumberText.count(g.rows()))));
        for (int t = 0; t < fairness.thresholds().size(); t++) {
            int at = t;
            String title = "at "
                    + String.format(Locale.ROOT, "%.2f", fairness.thresholds().get(t)) + (t == 0 ? " ◆" : "");
            var column = TextColumn.of(
                    title, (ThresholdFairness.Group g) -> cell(g.atThreshold().get(at), shown));
            column.setMinWidth(100);
            table.getColumns().add(column);
        }
        List<ThresholdFairness.Group> lines = new ArrayList<>();
        lines.add(overallLine(fairness));
        lines.addAll(fairness.groups());
        table.getItems().setAll(lines);
    }

    /** The overall rates as a first line, each with a gap of zero to itself. */
    private static ThresholdFairness.Group overallLine(ThresholdFairness fairness) {
        return new ThresholdFairness.Group(
                "overall",
                fairness.overall().get(0).rows(),
                fairness.overall().stream().map(r -> RateGaps.of(r, r)).toList());
    }

    private static String cell(RateGaps gaps, BinaryRate rate) {
        return NumberText.percent(gaps.rates().value(rate)) + " (" + NumberText.signedPoints(gaps.gap(rate)) + ")";
    }
}
