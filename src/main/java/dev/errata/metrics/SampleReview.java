package dev.errata.metrics;

/**
 * What a hand tag's estimates rest on: the reviewed rows, what is missing to know every value, and about
 * how many more reviews would make its potential gain precise.
 *
 * @param unknown what to review so that the unknown values can be estimated ("review some correct rows:
 *     0 of 3,480 reviewed"); empty when every stratum has a reviewed row
 * @param moreErrors about how many more errors to review for a potential gain within ±{@value
 *     #TARGET_POINTS} points; -1 when the gain cannot be estimated (no baseline, unknown)
 * @param moreCorrect the same for correct rows
 */
public record SampleReview(
        long reviewedRows,
        long reviewedErrors,
        long reviewedCorrect,
        String unknown,
        long moreErrors,
        long moreCorrect) {

    /** The half-width, in percentage points, that the reviews wanted would bring the gain's interval to. */
    public static final int TARGET_POINTS = 2;

    public boolean isComplete() {
        return unknown.isEmpty();
    }
}
