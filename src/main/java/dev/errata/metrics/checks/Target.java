package dev.errata.metrics.checks;

/**
 * What part of the data a check measures.
 *
 * @param name the tag, the class, or the column of a slice or gap; null for the whole data
 * @param value the slice's value (a text value, a quantile bin label or {@code (missing)}); null otherwise
 */
public record Target(Kind kind, String name, String value) {

    public enum Kind {
        /** The whole data. */
        DATA,
        TAG,
        CLASS,
        /** One group of a column. */
        SLICE,
        /** The max − min of a slice metric over the groups of a column. */
        GAP,
        /** Every tag at once: {@code no tag regresses by more than 0.02 between v1 and v2}. */
        EVERY_TAG
    }

    public static final Target DATA = new Target(Kind.DATA, null, null);
}
