package dev.errata.workbench.reviews;

import dev.errata.data.Plural;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.tags.TagSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * What a reviews file says about the rows, by row index, ready to merge into a project's session: the
 * rows to tag and untag with each hand tag, the rows to mark and unmark reviewed, the notes to set, the
 * tags to create. Where the file says two things of one row, the later line wins.
 */
public final class ReviewChanges {

    private final String source;
    private final List<String> newTags;
    private final Map<String, RoaringBitmap> tagged;
    private final Map<String, RoaringBitmap> untagged;
    private final RoaringBitmap marked;
    private final RoaringBitmap unmarked;
    private final SortedMap<Integer, String> notes;
    private final Map<Integer, String> reviewers;
    private final Map<String, Map<Integer, String>> taggers;
    private final List<String> ignoredColumns;
    private final List<String> derivedTagColumns;
    private final List<String> skippedIds;

    private ReviewChanges(Builder b, List<String> newTags) {
        this.source = b.source;
        this.newTags = List.copyOf(newTags);
        this.tagged = b.tagged;
        this.untagged = b.untagged;
        this.marked = b.marked;
        this.unmarked = b.unmarked;
        this.notes = b.notes;
        this.reviewers = b.reviewers;
        this.taggers = b.taggers;
        this.ignoredColumns = List.copyOf(b.ignoredColumns);
        this.derivedTagColumns = List.copyOf(b.derivedTagColumns);
        this.skippedIds = List.copyOf(b.skippedIds);
    }

    /**
     * Merges the file into the session as one step of history, which one undo takes back: the new tags,
     * then per tag the rows tagged and untagged, the review marks, and each note. A mark the file names an
     * analyst for (the rows export's {@code reviewed_by} and {@code tagged_by}) is recorded for them, the
     * rest for the session's analyst.
     *
     * @throws IllegalArgumentException when a tag to create was made meanwhile, or is no longer a hand tag
     */
    public void applyTo(TagSession session) {
        session.inOneStep("import " + source, () -> {
            int colour = session.tags().size();
            for (String tag : newTags) {
                session.createTag(TagDefinition.hand(tag, TagPalette.color(colour++)));
            }
            String importer = session.analyst();
            try {
                tagged.forEach((tag, rows) -> byAnalyst(rows, taggers.getOrDefault(tag, Map.of()), importer)
                        .forEach((analyst, share) -> {
                            session.setAnalyst(analyst);
                            session.setTag(tag, share, true);
                        }));
                byAnalyst(marked, reviewers, importer).forEach((analyst, share) -> {
                    session.setAnalyst(analyst);
                    session.setReviewed(share, true);
                });
            } finally {
                session.setAnalyst(importer);
            }
            untagged.forEach((tag, rows) -> session.setTag(tag, rows, false));
            session.setReviewed(unmarked, false);
            notes.forEach(session::setNote);
        });
    }

    /** The rows split by the analyst the file names for each, {@code importer} where it names none. */
    private static Map<String, RoaringBitmap> byAnalyst(
            RoaringBitmap rows, Map<Integer, String> named, String importer) {
        Map<String, RoaringBitmap> shares = new TreeMap<>();
        rows.forEach((int row) -> shares.computeIfAbsent(named.getOrDefault(row, importer), a -> new RoaringBitmap())
                .add(row));
        return shares;
    }

    /**
     * What {@link #applyTo} would change in the session as it is now, as lines for the user, the first
     * e.g. "tagged 120 rows with 3 tags, marked 150 reviewed, set 12 notes".
     */
    public List<String> summary(TagSession session) {
        RoaringBitmap rowsTagged = new RoaringBitmap();
        int tagsUsed = 0;
        for (Map.Entry<String, RoaringBitmap> e : tagged.entrySet()) {
            RoaringBitmap gained = RoaringBitmap.andNot(e.getValue(), current(session, e.getKey()));
            rowsTagged.or(gained);
            tagsUsed += gained.isEmpty() ? 0 : 1;
        }
        RoaringBitmap rowsUntagged = new RoaringBitmap();
        untagged.forEach((tag, rows) -> rowsUntagged.or(RoaringBitmap.and(rows, current(session, tag))));
        RoaringBitmap reviewed = session.reviewed();
        long notesSet = notes.entrySet().stream()
                .filter(e -> !Objects.equals(session.note(e.getKey()).orElse(null), e.getValue()))
                .count();
        List<String> lines = new ArrayList<>();
        lines.add("tagged " + Plural.rows(rowsTagged.getLongCardinality()) + " with " + Plural.of(tagsUsed, "tag")
                + ", marked " + RoaringBitmap.andNotCardinality(marked, reviewed) + " reviewed, set "
                + Plural.of(notesSet, "note"));
        long unmarkedNow = RoaringBitmap.andCardinality(unmarked, reviewed);
        if (!rowsUntagged.isEmpty() || unmarkedNow > 0) {
            lines.add("untagged " + Plural.rows(rowsUntagged.getLongCardinality()) + ", unmarked " + unmarkedNow
                    + " reviewed");
        }
        if (!newTags.isEmpty()) {
            lines.add("created " + (newTags.size() == 1 ? "tag " : "tags ") + quoted(newTags));
        }
        if (!skippedIds.isEmpty()) {
            lines.add("skipped " + Plural.of(skippedIds.size(), "line") + " whose id the data lacks, the first at "
                    + skippedIds.get(0));
        }
        if (!ignoredColumns.isEmpty()) {
            lines.add("ignored " + (ignoredColumns.size() == 1 ? "column " : "columns ")
                    + String.join(", ", ignoredColumns));
        }
        if (!derivedTagColumns.isEmpty()) {
            lines.add("ignored the columns of rule and imported tags, whose rows follow from the data: "
                    + String.join(", ", derivedTagColumns));
        }
        return lines;
    }

    private RoaringBitmap current(TagSession session, String tag) {
        return newTags.contains(tag) ? new RoaringBitmap() : session.rows(tag);
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** Gathers the changes line by line. */
    static final class Builder {

        private final String source;
        private final Map<String, RoaringBitmap> tagged = new LinkedHashMap<>();
        private final Map<String, RoaringBitmap> untagged = new LinkedHashMap<>();
        private final RoaringBitmap marked = new RoaringBitmap();
        private final RoaringBitmap unmarked = new RoaringBitmap();
        private final SortedMap<Integer, String> notes = new TreeMap<>();
        private final Map<Integer, String> reviewers = new HashMap<>();
        private final Map<String, Map<Integer, String>> taggers = new HashMap<>();
        private final List<String> ignoredColumns;
        private final List<String> derivedTagColumns;
        private final List<String> skippedIds = new ArrayList<>();

        /**
         * @param source the file's name, for the step's label "import reviews.csv"
         * @param ignoredColumns the data's columns, read for nothing
         * @param derivedTagColumns the columns of rule and imported tags, read for nothing
         */
        Builder(String source, List<String> ignoredColumns, List<String> derivedTagColumns) {
            this.source = source;
            this.ignoredColumns = ignoredColumns;
            this.derivedTagColumns = derivedTagColumns;
        }

        void tag(String tag, int row, boolean on) {
            (on ? tagged : untagged)
                    .computeIfAbsent(tag, t -> new RoaringBitmap())
                    .add(row);
            (on ? untagged : tagged)
                    .computeIfAbsent(tag, t -> new RoaringBitmap())
                    .remove(row);
        }

        void reviewed(int row, boolean on) {
            (on ? marked : unmarked).add(row);
            (on ? unmarked : marked).remove(row);
        }

        void note(int row, String text) {
            notes.put(row, text);
        }

        void reviewedBy(int row, String analyst) {
            reviewers.put(row, analyst);
        }

        void taggedBy(String tag, int row, String analyst) {
            taggers.computeIfAbsent(tag, t -> new HashMap<>()).put(row, analyst);
        }

        void skipped(String where) {
            skippedIds.add(where);
        }

        ReviewChanges build(List<String> newTags) {
            return new ReviewChanges(this, newTags);
        }
    }
}
