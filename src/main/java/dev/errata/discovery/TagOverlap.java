package dev.errata.discovery;

/**
 * An existing tag that already covers most of a suggested slice.
 *
 * @param share the share of the slice's rows that the tag holds
 * @param jaccard rows in both over rows in either
 */
public record TagOverlap(String tag, double share, double jaccard) {

    /** A tag holding at least this share of a slice's rows covers it. */
    static final double COVERS = 0.5;
}
