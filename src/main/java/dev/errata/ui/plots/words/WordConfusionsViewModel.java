package dev.errata.ui.plots.words;

import dev.errata.data.Task;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.WordConfusions;
import dev.errata.report.NumberText;
import dev.errata.ui.background.Job;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.table.RowSubset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roaringbitmap.RoaringBitmap;

/**
 * A transcription's most frequent word confusions over the evaluable rows, counted off the FX thread; each
 * a filter of the rows that hold it.
 */
public final class WordConfusionsViewModel {

    /** How many confusions the table lists. */
    static final int SHOWN = 100;

    private final PlotInputs inputs;
    private final ObservableList<WordConfusions.Confusion> confusions = FXCollections.observableArrayList();
    private final LatestResult<java.util.List<WordConfusions.Confusion>> computing;

    public WordConfusionsViewModel(PlotInputs inputs) {
        this.inputs = inputs;
        this.computing = new LatestResult<>(inputs.background(), "Counting word confusions", inputs::failed);
        inputs.outcomesProperty().addListener((obs, old, now) -> recompute());
        recompute();
    }

    public static boolean applies(PlotInputs inputs) {
        return inputs.snapshot().task() == Task.TRANSCRIPTION;
    }

    private void recompute() {
        Outcomes outcomes = inputs.outcomesProperty().get();
        if (outcomes == null || outcomes.transcripts() == null) {
            return;
        }
        ErrorRows errors = inputs.errorRows();
        computing.compute(
                progress -> WordConfusions.mostFrequent(outcomes.transcripts(), errors.evaluable(), SHOWN),
                confusions::setAll);
    }

    /**
     * Shows in the table the rows whose alignment holds the confusion, found off the FX thread, so J/K walk
     * them in review mode and the tag keys tag them.
     */
    public void showRows(WordConfusions.Confusion confusion) {
        Outcomes outcomes = inputs.outcomesProperty().get();
        if (outcomes == null || outcomes.transcripts() == null) {
            return;
        }
        RoaringBitmap evaluable = inputs.errorRows().evaluable();
        inputs.background()
                .submit(new Job<>(
                        Messages.text("words.finding"),
                        progress -> WordConfusions.rowsWith(outcomes.transcripts(), evaluable, confusion),
                        rows -> inputs.showRows(RowSubset.of(
                                Messages.text(
                                        "words.rows",
                                        confusion.reference().isEmpty() ? "—" : confusion.reference(),
                                        confusion.recognised().isEmpty() ? "—" : confusion.recognised(),
                                        NumberText.count(rows.getCardinality())),
                                rows)),
                        inputs::failed));
    }

    public ObservableList<WordConfusions.Confusion> confusions() {
        return confusions;
    }
}
