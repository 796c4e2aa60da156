package dev.errata.tags;

import java.util.Locale;

/** Where a tag's rows come from. */
public enum TagKind {
    /** Assigned by the analyst row by row; its metrics count reviewed rows only. */
    HAND,
    /** A rule over columns, evaluated over all rows. */
    RULE,
    /** A boolean column of the data file, read over all rows. */
    IMPORTED;

    /** The lower-case name used in project files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TagKind fromKey(String key) {
        for (TagKind k : values()) {
            if (k.key().equalsIgnoreCase(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown tag kind \"" + key + "\"; expected hand, rule or imported");
    }
}
