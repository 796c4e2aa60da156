package dev.errata.metrics;

import java.util.Locale;

/** The rates of a binary decision that are compared across groups (the fairness rates). */
public enum BinaryRate {
    POSITIVE_RATE,
    BASE_RATE,
    TPR,
    FNR,
    TNR,
    FPR,
    PRECISION,
    ACCURACY;

    /** The lower_snake_case name used in JSON and checks. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
