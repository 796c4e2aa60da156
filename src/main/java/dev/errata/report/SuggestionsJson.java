package dev.errata.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.discovery.RuleSuggestion;
import dev.errata.discovery.SliceCondition;
import dev.errata.discovery.SliceSuggestions;
import dev.errata.discovery.Suggestion;
import dev.errata.discovery.TagOverlap;
import java.util.List;
import java.util.Locale;

/**
 * Suggested weak slices, and a transcription's word confusions, as the JSON of docs/suggest.md, best first;
 * undefined numbers are {@code null}.
 */
public final class SuggestionsJson {

    private SuggestionsJson() {}

    public static String write(SliceSuggestions found, List<ConfusionSuggestion> confusions) {
        ObjectNode root = JsonDocument.object();
        ArrayNode suggestions = root.putArray("suggestions");
        for (Suggestion suggestion : found.suggestions()) {
            ObjectNode o = suggestions.addObject();
            o.put("rule", suggestion.rule());
            ArrayNode conditions = o.putArray("conditions");
            for (SliceCondition condition : suggestion.conditions()) {
                ObjectNode c = conditions.addObject();
                c.put("column", condition.column());
                c.put("op", condition.op());
                if (condition.isText()) {
                    c.put("value", condition.text());
                } else {
                    c.put("value", condition.number());
                }
            }
            o.put("rows", suggestion.size());
            o.put("errors", suggestion.errors());
            MetricsJson.number(o, "error_rate", suggestion.errorRate().value());
            MetricsJson.number(o, "error_rate_low", suggestion.errorRate().low());
            MetricsJson.number(o, "error_rate_high", suggestion.errorRate().high());
            MetricsJson.number(o, "lift", suggestion.lift());
            MetricsJson.number(o, "error_share", suggestion.errorShare());
            MetricsJson.number(o, "p_value", suggestion.pValue());
            MetricsJson.number(o, "q_value", suggestion.qValue());
            MetricsJson.number(o, "score", suggestion.score());
            overlaps(o, suggestion);
        }
        root.put("slices_evaluated", found.evaluated());
        root.put("hidden", found.hidden());
        root.put("min_support", found.minSupport());
        ArrayNode confused = root.putArray("confusions");
        for (ConfusionSuggestion confusion : confusions) {
            ObjectNode o = confused.addObject();
            o.put("rule", confusion.rule());
            o.put("kind", confusion.confusion().kind().name().toLowerCase(Locale.ROOT));
            o.put("said", confusion.confusion().reference());
            o.put("recognised", confusion.confusion().recognised());
            o.put("times", confusion.confusion().count());
            o.put("rows", confusion.size());
            o.put("errors", confusion.errors());
            MetricsJson.number(o, "error_share", confusion.errorShare());
            overlaps(o, confusion);
        }
        return JsonDocument.text(root);
    }

    private static void overlaps(ObjectNode o, RuleSuggestion suggestion) {
        ArrayNode overlaps = o.putArray("overlaps");
        for (TagOverlap overlap : suggestion.overlaps()) {
            ObjectNode t = overlaps.addObject();
            t.put("tag", overlap.tag());
            MetricsJson.number(t, "share", overlap.share());
            MetricsJson.number(t, "jaccard", overlap.jaccard());
        }
    }
}
