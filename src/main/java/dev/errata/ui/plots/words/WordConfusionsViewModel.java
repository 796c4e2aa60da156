package dev.errata.ui.plots.words;

import dev.errata.data.Task;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.WordConfusions;
import dev.errata.ui.background.LatestResult;
import dev.errata.ui.plots.PlotInputs;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A transcription's most frequent word confusions over the evaluable rows, counted off the FX thread. */
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

    public ObservableList<WordConfusions.Confusion> confusions() {
        return confusions;
    }
}
