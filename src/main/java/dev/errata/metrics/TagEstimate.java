package dev.errata.metrics;

import java.util.Locale;

/** Whether a tag's metrics are counted over every row or estimated from the reviewed sample. */
public enum TagEstimate {
    /** Rule and imported tags: membership is known on every row, so the metrics are counts. */
    ALL_ROWS("all rows"),
    /** Hand tags: membership is known on reviewed rows only, so the metrics are estimates for all rows. */
    SAMPLE("sample");

    private final String key;

    TagEstimate(String key) {
        this.key = key;
    }

    /** The word written in JSON and exports. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key.toUpperCase(Locale.ROOT);
    }
}
