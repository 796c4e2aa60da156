package dev.errata.report;

import dev.errata.metrics.SampleReview;
import dev.errata.metrics.TagMetrics;

/** How a tag's metrics were made and what would make them known or precise, as one reads it in a table. */
public final class SampleText {

    private SampleText() {}

    /** "1,234 rows" for a tag counted over all rows; "45 of 712 reviewed" for a hand tag, estimated from them. */
    public static String basis(TagMetrics m) {
        SampleReview r = m.review();
        if (r == null) {
            return NumberText.count(m.count()) + " rows";
        }
        return NumberText.count(m.count()) + " of " + NumberText.count(r.reviewedRows()) + " reviewed";
    }

    /**
     * What to review for unknown values ("review some correct rows: 0 of 3,480 reviewed"), or about how
     * many more reviews would bring the gain to ±2 points; empty when nothing is wanted.
     */
    public static String toKnowMore(TagMetrics m) {
        SampleReview r = m.review();
        if (r == null) {
            return "";
        }
        if (!r.isComplete()) {
            return r.unknown();
        }
        if (r.moreErrors() <= 0 && r.moreCorrect() <= 0) {
            return "";
        }
        return "gain to ±" + SampleReview.TARGET_POINTS + " points: about " + NumberText.count(r.moreErrors())
                + " more errors and " + NumberText.count(r.moreCorrect()) + " more correct rows to review";
    }
}
