package dev.errata.project;

import dev.errata.project.ProjectDocument.TagRecord;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/** Converts the analyst's work between the session's row indices and the file's row ids. */
final class TagRecords {

    private TagRecords() {}

    static TagRecord record(TagDefinition t, List<String> rowIds, Map<String, List<String>> rowsBy) {
        return new TagRecord(
                t.name(),
                t.color(),
                t.kind().key(),
                t.rule(),
                t.sourceColumn(),
                t.baseline(),
                t.ease(),
                t.importance(),
                t.description(),
                t.shortcut(),
                rowIds,
                rowsBy);
    }

    static TagDefinition definition(TagRecord r) {
        return new TagDefinition(
                r.name(),
                r.color(),
                TagKind.fromKey(r.kind()),
                r.rule(),
                r.sourceColumn(),
                r.baseline(),
                r.ease(),
                r.importance(),
                r.description(),
                r.shortcut());
    }

    static List<TagRecord> records(Annotations work, RowIds ids) {
        List<TagRecord> records = new ArrayList<>();
        for (TagDefinition t : work.tags()) {
            RoaringBitmap rows = work.handRows().getOrDefault(t.name(), new RoaringBitmap());
            records.add(record(t, ids.ids(rows), ids(work.taggedBy().getOrDefault(t.name(), Map.of()), ids)));
        }
        return records;
    }

    /** Each analyst's rows as ids. */
    static Map<String, List<String>> ids(Map<String, RoaringBitmap> byAnalyst, RowIds ids) {
        Map<String, List<String>> byId = new TreeMap<>();
        byAnalyst.forEach((analyst, rows) -> byId.put(analyst, ids.ids(rows)));
        return byId;
    }

    /** Each analyst's rows by index, keeping the rows the data still has. */
    static Map<String, RoaringBitmap> rows(Map<String, List<String>> byAnalyst, RowIds ids) {
        Map<String, RoaringBitmap> rows = new TreeMap<>();
        byAnalyst.forEach((analyst, rowIds) -> rows.put(analyst, ids.marked(rowIds)));
        return rows;
    }

    static Map<String, String> notes(Annotations work, RowIds ids) {
        Map<String, String> notes = new LinkedHashMap<>();
        work.notes().forEach((row, text) -> notes.put(ids.id(row), text));
        return notes;
    }

    /** The work a document holds, keeping what the data still has rows for; {@code ids} counts the rest. */
    static Annotations annotations(ProjectDocument doc, RowIds ids) {
        List<TagDefinition> tags = new ArrayList<>();
        Map<String, RoaringBitmap> handRows = new HashMap<>();
        Map<String, Map<String, RoaringBitmap>> taggedBy = new HashMap<>();
        Set<String> names = new HashSet<>();
        Set<Integer> shortcuts = new HashSet<>();
        for (TagRecord r : doc.tags()) {
            TagDefinition t = definition(r);
            // the session keys tags by name and keys by shortcut; it refuses such twins when edited, so must a file
            if (!names.add(t.name()) || t.shortcut() != null && !shortcuts.add(t.shortcut())) {
                throw new IllegalArgumentException(
                        "tag \"" + t.name() + "\" has the name or shortcut key of another tag");
            }
            tags.add(t);
            if (t.kind() == TagKind.HAND) {
                handRows.put(t.name(), ids.rows(r.rows()));
                taggedBy.put(t.name(), rows(r.rowsBy(), ids));
            }
        }
        TreeMap<Integer, String> notes = new TreeMap<>();
        doc.notes().forEach((id, text) -> ids.row(id).ifPresent(row -> notes.put(row, text)));
        return new Annotations(
                tags,
                handRows,
                ids.rows(doc.reviewed()),
                notes,
                QueueRecords.queue(doc.reviewQueue(), ids),
                rows(doc.reviewedBy(), ids),
                taggedBy);
    }
}
