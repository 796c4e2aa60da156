package dev.errata.workbench;

import dev.errata.data.LoadedData;
import dev.errata.data.Task;
import dev.errata.discovery.ConfusionSearch;
import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import java.util.List;

/**
 * A transcription's most frequent word confusions among its errors, proposed the same way for the command
 * line and the window: under the analysis's tolerance, marked with the project's tags that already cover them.
 */
public final class ConfusionSuggesting {

    private ConfusionSuggesting() {}

    /** None unless the analysis is a transcription. */
    public static List<ConfusionSuggestion> of(Analysis analysis, int top) {
        LoadedData data = analysis.data();
        if (data.roles().task() != Task.TRANSCRIPTION) {
            return List.of();
        }
        Outcomes outcomes =
                Outcomes.of(data.dataset(), data.roles(), analysis.settings().threshold());
        return ConfusionSearch.run(
                outcomes,
                ErrorRows.of(outcomes, analysis.settings().tolerance()),
                data.roles(),
                analysis.memberships(),
                top);
    }
}
