package dev.errata.discovery;

import dev.errata.metrics.Proportion;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Rows the data proposes as a tag, with the rule that selects them; it becomes a rule tag only when the
 * analyst confirms it. A weak slice ({@link Suggestion}) or a frequent word confusion ({@link
 * ConfusionSuggestion}).
 */
public sealed interface RuleSuggestion permits Suggestion, ConfusionSuggestion {

    /** The rule (docs/rules.md) that selects exactly the suggested rows among the evaluable ones. */
    String rule();

    /** Every row the rule holds for. */
    RoaringBitmap rows();

    /** Its evaluable rows, on which the figures rest. */
    int size();

    int errors();

    /** Its error rate with the Wilson interval. */
    Proportion errorRate();

    /** Its error rate over the overall one. */
    double lift();

    /** Its share of all errors. */
    double errorShare();

    /** Existing tags that hold most of its rows, most alike first. */
    List<TagOverlap> overlaps();
}
