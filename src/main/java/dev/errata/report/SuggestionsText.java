package dev.errata.report;

import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceSuggestions;
import dev.errata.discovery.Suggestion;
import java.util.Locale;
import java.util.stream.Collectors;

/** Suggested weak slices as a terminal table, best first, with what the search looked at. */
public final class SuggestionsText {

    private SuggestionsText() {
    }

    public static String write(SliceSuggestions found) {
        ReportTable table = new ReportTable("rule", "rows", "errors", "error rate [95%]", "lift", "share of errors", "q",
                "covered by");
        for (Suggestion s : found.suggestions()) {
            table.row(s.rule(), NumberText.count(s.size()), NumberText.count(s.errors()), NumberText.withInterval(s.errorRate()),
                    String.format(Locale.ROOT, "%.2f×", s.lift()), NumberText.percent(s.errorShare()),
                    String.format(Locale.ROOT, "%.2g", s.qValue()),
                    s.overlaps().stream().map(o -> o.tag() + " (" + NumberText.percent(o.share()) + ")")
                            .collect(Collectors.joining(", ")));
        }
        String summary = String.format(Locale.ROOT,
                "%s slices scored (at least %s rows each); %d of the top hidden for a q-value above %.2f%n",
                NumberText.count(found.evaluated()), NumberText.count(found.minSupport()), found.hidden(),
                SearchSettings.FALSE_DISCOVERY_RATE);
        return found.suggestions().isEmpty() ? "No weak slice found.\n" + summary : TextTable.render(table, "") + "\n" + summary;
    }
}
