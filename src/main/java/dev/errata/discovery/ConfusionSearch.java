package dev.errata.discovery;

import dev.errata.data.ColumnRoles;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.SliceRule;
import dev.errata.metrics.Transcripts;
import dev.errata.metrics.WordConfusions;
import dev.errata.tags.TagMembership;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * The most frequent word confusions among a transcription's errors as suggestions: each the rows whose
 * transcript makes it, selected by a rule on the prediction (the recognised transcript) against the label
 * (the reference), with its share of the errors.
 */
public final class ConfusionSearch {

    private ConfusionSearch() {}

    /** The {@code top} most frequent confusions among the errors, most frequent first; none for other tasks. */
    public static List<ConfusionSuggestion> run(
            Outcomes outcomes, ErrorRows errorRows, ColumnRoles roles, List<TagMembership> tags, int top) {
        Transcripts transcripts = outcomes.transcripts();
        if (transcripts == null || errorRows.errorCount() == 0) {
            return List.of();
        }
        double overall = (double) errorRows.errorCount() / errorRows.evaluableCount();
        List<ConfusionSuggestion> found = new ArrayList<>();
        for (WordConfusions.Confusion confusion : WordConfusions.mostFrequent(transcripts, errorRows.errors(), top)) {
            String rule;
            try {
                rule = SliceRule.confusion(roles.prediction(), roles.label(), confusion.edit());
            } catch (IllegalArgumentException unwritable) {
                // a word holding both kinds of quote has no rule to select it, so it cannot become a rule tag
                continue;
            }
            RoaringBitmap rows = WordConfusions.rowsWith(transcripts, errorRows.evaluable(), confusion);
            int errors = RoaringBitmap.andCardinality(rows, errorRows.errors());
            Proportion rate = Proportion.of(errors, rows.getCardinality());
            found.add(new ConfusionSuggestion(
                    confusion,
                    rule,
                    rows,
                    errors,
                    rate,
                    rate.value() / overall,
                    (double) errors / errorRows.errorCount(),
                    TagOverlap.of(rows, tags)));
        }
        return found;
    }
}
