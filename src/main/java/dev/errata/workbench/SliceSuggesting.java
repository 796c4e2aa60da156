package dev.errata.workbench;

import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceSearch;
import dev.errata.discovery.SliceSuggestions;

/**
 * Weak slices of an analysis, proposed the same way for the command line and the window: under the
 * analysis's threshold and tolerance, marked with the project's tags that already cover them.
 */
public final class SliceSuggesting {

    private SliceSuggesting() {}

    public static SliceSuggestions of(Analysis analysis, SearchSettings settings, Progress progress) {
        LoadedData data = analysis.data();
        for (String column : settings.columns()) {
            data.dataset().column(column);
        }
        return SliceSearch.run(
                data.dataset(), data.roles(), analysis.settings(), analysis.memberships(), settings, progress);
    }
}
