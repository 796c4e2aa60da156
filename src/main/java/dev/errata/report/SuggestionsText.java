package dev.errata.report;

import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceSuggestions;
import dev.errata.discovery.Suggestion;
import java.util.Locale;
import java.util.stream.Collectors;

/** Suggested weak slices as a terminal table, best first, with what the search looked at. */
public final class SuggestionsText {

    private SuggestionsText() {}

    public static String write(SliceSuggestions found) {
        ReportTable table = new ReportTable(
                "rule", "rows", "errors", "error rate [95%]", "lift", "share of errors", "q", "covered by");
        for (Suggestion s : found.suggestions()) {
            table.row(
                    s.rule(),
                    NumberText.count(s.size()),
                    NumberText.count(s.errors()),
                    NumberText.withInterval(s.errorRate()),
                    lift(s),
                    NumberText.percent(s.errorShare()),
                    qValue(s),
                    coveredBy(s));
        }
        String summary = summary(found) + System.lineSeparator();
        return found.suggestions().isEmpty()
                ? "No weak slice found.\n" + summary
                : TextTable.render(table, "") + "\n" + summary;
    }

    /** "2.65×" */
    public static String lift(Suggestion s) {
        return String.format(Locale.ROOT, "%.2f×", s.lift());
    }

    /** Two significant digits: "2.4e-31", "0.031". */
    public static String qValue(Suggestion s) {
        return String.format(Locale.ROOT, "%.2g", s.qValue());
    }

    /** The tags that hold most of its rows, with their share: "noisy (80.0%)". */
    public static String coveredBy(Suggestion s) {
        return s.overlaps().stream()
                .map(o -> o.tag() + " (" + NumberText.percent(o.share()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** "1,466 slices scored (at least 40 rows each); 0 of the top hidden for a q-value above 0.05" */
    public static String summary(SliceSuggestions found) {
        return String.format(
                Locale.ROOT,
                "%s slices scored (at least %s rows each); %d of the top hidden for a q-value above %.2f",
                NumberText.count(found.evaluated()),
                NumberText.count(found.minSupport()),
                found.hidden(),
                SearchSettings.FALSE_DISCOVERY_RATE);
    }
}
