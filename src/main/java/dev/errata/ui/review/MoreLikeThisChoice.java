package dev.errata.ui.review;

/** What the analyst does with a "more like this" rule. */
public enum MoreLikeThisChoice {
    /** Adds the rule as a rule tag. */
    RULE_TAG,
    /** Walks the unreviewed rows the rule holds, likeliest first. */
    REVIEW,
    CLOSE
}
