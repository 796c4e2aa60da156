package dev.errata.ui.analysis;

import dev.errata.metrics.TranscriptionMetrics;
import dev.errata.report.NumberText;
import dev.errata.report.SampleText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.table.ViewportTable;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The metric panel: per tag, prevalence, error share, error rate and accuracy with their 95% intervals,
 * headroom and potential gain, and for hand tags what the estimates rest on and what more reviews would
 * tell; a transcription's tags also their word, character and sentence error rates. "*" marks a rate with
 * fewer than 30 rows behind it.
 */
public final class TagMetricsPanel extends BorderPane {

    public TagMetricsPanel(AnalysisViewModel model) {
        // wider than its tab: only the columns in view make cells to style and lay out
        TableView<TagLine> table = new ViewportTable<>(model.tags());
        table.setId("tag-metrics");
        table.setPlaceholder(new Label(Messages.text("analysis.noTags")));
        table.getColumns().add(MetricColumn.name());
        table.getColumns()
                .add(MetricColumn.of(
                        Messages.text("analysis.basis"),
                        r -> r.metrics().count(),
                        r -> SampleText.basis(r.metrics()),
                        175));
        table.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.prevalence"),
                        r -> r.metrics().prevalence().value(),
                        r -> NumberText.withInterval(r.metrics().prevalence())));
        table.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.errorShare"),
                        r -> r.metrics().errorShare().value(),
                        r -> NumberText.withInterval(r.metrics().errorShare())));
        table.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.errorRate"),
                        r -> r.metrics().errorRate().value(),
                        r -> NumberText.withInterval(r.metrics().errorRate())));
        table.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.accuracy"),
                        r -> r.metrics().accuracy().value(),
                        r -> NumberText.withInterval(r.metrics().accuracy())));
        table.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.headroom"),
                        r -> r.metrics().headroom().value(),
                        r -> NumberText.withInterval(r.metrics().headroom())));
        table.getColumns()
                .add(MetricColumn.rate(
                        Messages.text("analysis.potentialGain"),
                        r -> r.metrics().potentialGain().value(),
                        r -> NumberText.withInterval(r.metrics().potentialGain())));
        table.getColumns()
                .add(MetricColumn.text(
                        Messages.text("analysis.toKnowMore"),
                        MetricColumn::reviewsWanted,
                        r -> SampleText.toKnowMore(r.metrics()),
                        420));
        if (model.isTranscription()) {
            table.getColumns()
                    .addAll(
                            transcriptionRate(Messages.text("analysis.wer"), TranscriptionMetrics::wordErrorRate),
                            transcriptionRate(Messages.text("analysis.cer"), TranscriptionMetrics::characterErrorRate),
                            transcriptionRate(
                                    Messages.text("analysis.sentenceErrorRate"),
                                    TranscriptionMetrics::sentenceErrorRate));
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.showRowsOf(row.name());
            }
        });
        setCenter(table);
        Label note = new Label(Messages.text("analysis.note"));
        note.getStyleClass().add("panel-note");
        // the note says what the estimates rest on; cut to one line it stopped before the point
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(new VBox(note, picked(model)));
    }

    /** A transcription's rate over the tag's rows, as the terminal's table and the report write it. */
    private static TableColumn<TagLine, Number> transcriptionRate(
            String title, ToDoubleFunction<TranscriptionMetrics> rate) {
        return MetricColumn.of(
                title,
                r -> rate.applyAsDouble(r.transcription()),
                r -> NumberText.percent(rate.applyAsDouble(r.transcription())));
    }

    /** Says how many rows were reviewed outside the review queue, with the choice to leave them out. */
    private static VBox picked(AnalysisViewModel model) {
        Label text = new Label();
        text.setId("picked-note");
        text.setWrapText(true);
        text.getStyleClass().add("panel-note");
        text.textProperty().bind(model.pickedNoteProperty());
        CheckBox exclude = new CheckBox(Messages.text("queue.picked.exclude"));
        exclude.setId("exclude-picked");
        exclude.getStyleClass().add("picked-choice");
        exclude.selectedProperty().bindBidirectional(model.excludePickedProperty());
        VBox picked = new VBox(text, exclude);
        picked.visibleProperty().bind(model.pickedNoteProperty().isNotEmpty());
        picked.managedProperty().bind(picked.visibleProperty());
        return picked;
    }
}
