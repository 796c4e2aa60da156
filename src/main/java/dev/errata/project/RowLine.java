package dev.errata.project;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a project file says about one row, as one line of the file: whether it is reviewed and by whom,
 * its hand tags and who set them, its note. A line stands alone (no separator joins it to the next), so
 * git's union merge can keep lines of both branches, and a row with nothing left on it keeps a line that
 * says so, so that a merge cannot bring its old line back as if the untag had not happened.
 *
 * @param at this version of the row's line: its generation (one more than the line it replaced) and a hash
 *     of it ({@link SaveStamp})
 * @param was the stamp of the line this one replaced, or null for a row's first line: it tells a line that
 *     another replaced (an old line a union merge kept) from one two branches wrote independently
 */
record RowLine(String row, Facts facts, String at, String was) {

    /**
     * What is known of a row.
     *
     * @param reviewedBy who reviewed it, in name order; empty for a review no one is recorded for
     * @param tags each hand tag on the row with who set it, by tag name
     * @param note the row's note, "" for none
     */
    record Facts(boolean reviewed, List<String> reviewedBy, Map<String, List<String>> tags, String note) {

        static final Facts NOTHING = new Facts(false, List.of(), Map.of(), "");

        Facts {
            reviewedBy = List.copyOf(reviewedBy);
            // most rows have no hand tag: no map of their own for them
            tags = tags.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tags));
        }

        boolean isNothing() {
            return equals(NOTHING);
        }
    }

    RowLine {
        Objects.requireNonNull(row);
        Objects.requireNonNull(facts);
        Objects.requireNonNull(at);
    }
}
