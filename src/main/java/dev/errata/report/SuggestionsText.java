package dev.errata.report;

import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.discovery.RuleSuggestion;
import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceSuggestions;
import dev.errata.discovery.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Suggested weak slices as a terminal table, best first, with what the search looked at; then, for a
 * transcription, the most frequent word confusions among the errors.
 */
public final class SuggestionsText {

    private SuggestionsText() {}

    public static String write(SliceSuggestions found, List<ConfusionSuggestion> confusions) {
        return slices(found)
                + (confusions.isEmpty() ? "" : "\nWord confusions among the errors\n" + confusions(confusions));
    }

    private static String confusions(List<ConfusionSuggestion> confusions) {
        ReportTable table = new ReportTable("confusion", "times", "rows", "share of errors", "covered by", "rule");
        for (ConfusionSuggestion c : confusions) {
            table.row(
                    confusion(c),
                    NumberText.count(c.confusion().count()),
                    NumberText.count(c.size()),
                    NumberText.percent(c.errorShare()),
                    coveredBy(c),
                    c.rule());
        }
        return TextTable.render(table, "");
    }

    /** {@code two → to}, {@code the dropped}, {@code uh added}: the confusion in words, as a tag may be named. */
    public static String confusion(ConfusionSuggestion c) {
        return switch (c.confusion().kind()) {
            case SUBSTITUTION ->
                c.confusion().reference() + " → " + c.confusion().recognised();
            case DELETION -> c.confusion().reference() + " dropped";
            case INSERTION -> c.confusion().recognised() + " added";
            case MATCH -> throw new IllegalArgumentException("a matched word is no confusion");
        };
    }

    private static String slices(SliceSuggestions found) {
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
    public static String lift(RuleSuggestion s) {
        return String.format(Locale.ROOT, "%.2f×", s.lift());
    }

    /** Two significant digits: "2.4e-31", "0.031". */
    public static String qValue(Suggestion s) {
        return String.format(Locale.ROOT, "%.2g", s.qValue());
    }

    /** The tags that hold most of its rows, with their share: "noisy (80.0%)". */
    public static String coveredBy(RuleSuggestion s) {
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
