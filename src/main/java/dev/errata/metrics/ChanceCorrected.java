package dev.errata.metrics;

/**
 * How far raters agree beyond what chance explains, with a 95% interval: Cohen's kappa for two raters,
 * Krippendorff's alpha for more. 1 is full agreement, 0 what raters answering at random reach.
 */
public interface ChanceCorrected {

    /** "kappa" or "alpha", as the table's heading and the JSON's fields say it. */
    String name();

    /** The measure; NaN when {@link #undefinedBecause()} says why it has none. */
    double value();

    double low();

    double high();

    /** The share of answers given alike (rows for two raters, pairs of raters on a row for more); NaN for none. */
    double agreement();

    /** The rows the measure is over: those two or more raters answered. */
    long rows();

    /** Why the measure has no value here, or null when it has one. */
    String undefinedBecause();
}
