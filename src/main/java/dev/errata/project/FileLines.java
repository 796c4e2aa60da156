package dev.errata.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.errata.data.Excerpt;
import dev.errata.project.ProjectDocument.TagRecord;
import dev.errata.project.RowLine.Facts;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two lists of a project file that branches change concurrently, tag definitions and rows, written one
 * self-contained line per element so that git's union merge (or its plain text merge) joins two branches
 * into a file that still reads (docs/decisions/0008). Each line carries a stamp of its version
 * ({@link SaveStamp}); a save keeps an unchanged line byte for byte, so that it does not differ between branches.
 * Reading resolves what a union merge leaves: an old line a newer one replaced is dropped, and two lines
 * two branches wrote independently for one row are joined, their difference reported.
 */
final class FileLines {

    /** Ends each list, so that every line of an element ends with a comma and lines from two branches join. */
    static final String END = "end";

    static final FileLines NONE = new FileLines(Map.of(), Map.of());

    private static final ObjectWriter ONE_LINE =
            ProjectJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /**
     * Each row's line to keep while its facts stay the same; the newest line read, for the next one to name;
     * the line's text once a save has written it (null until then), which later saves write again as it is.
     */
    private record Settled(Facts facts, RowLine line, String newest, String text) {

        Settled(Facts facts, RowLine line, String newest) {
            this(facts, line, newest, null);
        }
    }

    /** By row id, in the order of the ids as text, which is the order of the file. */
    private final Map<String, Settled> rows;

    /** The stamp of each tag definition and saved view as read, by its line without the stamp. */
    private final Map<String, String> stamps;

    private FileLines(Map<String, Settled> rows, Map<String, String> stamps) {
        this.rows = rows;
        this.stamps = stamps;
    }

    /** @param notices one line each: what the lines of two branches said differently, and what was kept */
    record Read(FileLines lines, List<String> notices) {}

    /**
     * Reads the line lists of a version 3 tree and puts back the fields the document is read from: each hand
     * tag's rows and analysts, the reviewed rows and their analysts, the notes, the saved views and checks.
     * Files written before views and checks were line lists hold them as plain lists, which read alike.
     */
    static Read read(Path file, ObjectNode tree) {
        List<String> notices = new ArrayList<>();
        Map<String, String> stamps = new HashMap<>();
        ArrayNode tags = named(file, tree.get("tags"), "tags", TagRecord.class, stamps, notices);
        if (tree.has("views")) {
            tree.set("views", named(file, tree.get("views"), "views", SavedView.class, stamps, notices));
        }
        if (tree.has("checks")) {
            // two branches that added the same check leave it twice
            ArrayNode checks = ProjectJson.MAPPER.createArrayNode();
            new LinkedHashSet<>(elements(file, tree.get("checks"), "checks")).forEach(checks::add);
            tree.set("checks", checks);
        }
        Map<String, List<RowLine>> byRow = new TreeMap<>();
        JsonNode lines = tree.remove("rows");
        int i = 0;
        for (JsonNode element : elements(file, lines, "rows")) {
            RowLine line = RowLineJson.read(file, element, "rows[" + i++ + "]");
            byRow.computeIfAbsent(line.row(), r -> new ArrayList<>()).add(line);
        }
        Map<String, Settled> settled = new TreeMap<>();
        Map<String, Set<String>> contested = new TreeMap<>();
        byRow.forEach((row, candidates) -> settled.put(row, settle(row, candidates, contested, notices)));
        if (!contested.isEmpty()) {
            notices.add((contested.size() == 1 ? "1 row was" : contested.size() + " rows were")
                    + " reviewed on two branches of the file with different tags ("
                    + Excerpt.of(describe(contested), 300) + "): they are unreviewed again with every tag either "
                    + "branch gave, to settle in review");
        }
        DocumentRows fields = new DocumentRows();
        settled.forEach((row, line) -> fields.add(row, line.facts()));
        fields.putInto(tree, tags);
        return new Read(new FileLines(new LinkedHashMap<>(settled), stamps), notices);
    }

    private static String describe(Map<String, Set<String>> contested) {
        List<String> rows = new ArrayList<>();
        contested.forEach((row, tags) -> rows.add(row + ": " + String.join(", ", tags)));
        return String.join("; ", rows);
    }

    /**
     * The lines a save writes: a row whose facts did not change keeps its line, a changed one gets a new
     * line naming the one it replaces ({@link SaveStamp}), and a row with nothing left keeps a line that
     * says so.
     */
    FileLines next(ProjectDocument doc) {
        Map<String, Facts> now = DocumentRows.factsOf(doc);
        List<String> added = now.keySet().stream()
                .filter(row -> !rows.containsKey(row) && !now.get(row).isNothing())
                .sorted()
                .toList();
        Map<String, Settled> next = new LinkedHashMap<>();
        Iterator<String> fresh = added.iterator();
        String pending = fresh.hasNext() ? fresh.next() : null;
        // the kept rows are in order already: only the new ones are sorted, and merged in
        for (Map.Entry<String, Settled> kept : rows.entrySet()) {
            while (pending != null && pending.compareTo(kept.getKey()) < 0) {
                next.put(pending, after(pending, null, now.get(pending)));
                pending = fresh.hasNext() ? fresh.next() : null;
            }
            next.put(
                    kept.getKey(),
                    after(kept.getKey(), kept.getValue(), now.getOrDefault(kept.getKey(), Facts.NOTHING)));
        }
        while (pending != null) {
            next.put(pending, after(pending, null, now.get(pending)));
            pending = fresh.hasNext() ? fresh.next() : null;
        }
        // a changed definition or view comes after every one read, so that it is the later one in a union
        String latest = stamps.values().stream().max(SaveStamp.ORDER).orElse(null);
        Map<String, String> nextStamps = new HashMap<>();
        List<Object> records = new ArrayList<>(doc.tags());
        records.addAll(doc.views());
        for (Object record : records) {
            String line = recordLine(record);
            nextStamps.put(line, stamps.getOrDefault(line, SaveStamp.after(latest, line)));
        }
        return new FileLines(next, nextStamps);
    }

    /**
     * A row's line for the save after {@code before}: kept with its text while its facts are the same, or a
     * new line naming the one it replaces.
     */
    private static Settled after(String row, Settled before, Facts facts) {
        if (before != null && before.line() != null && before.facts().equals(facts)) {
            return before.text() != null
                    ? before
                    : new Settled(facts, before.line(), before.newest(), RowLineJson.write(before.line()));
        }
        String was = before == null ? null : before.newest();
        String stamp = SaveStamp.after(was, row + "\n" + facts);
        RowLine line = new RowLine(row, facts, stamp, was);
        return new Settled(facts, line, stamp, RowLineJson.write(line));
    }

    /** A list of named records (tag definitions, saved views) of the file, one to a line, in the document's order. */
    String namedText(List<?> records) {
        List<String> lines = new ArrayList<>();
        for (Object record : records) {
            String line = recordLine(record);
            ObjectNode node = (ObjectNode) parse(line);
            node.put("at", Objects.requireNonNull(stamps.get(line), "a record next() did not see"));
            lines.add(oneLine(node));
        }
        return list(lines);
    }

    /** The checks of the file, one to a line. */
    static String checksText(List<String> checks) {
        return list(checks.stream().map(c -> oneLine(TextNode.valueOf(c))).toList());
    }

    /** The rows list of the file, a row to a line, in the order of the row ids. */
    String rowsText() {
        List<String> lines = new ArrayList<>();
        rows.values().forEach(s -> lines.add(Objects.requireNonNull(s.text(), "a line next() did not write")));
        return list(lines);
    }

    private static String list(List<String> lines) {
        StringBuilder text = new StringBuilder("[\n");
        lines.forEach(line -> text.append("    ").append(line).append(",\n"));
        return text.append("    \"").append(END).append("\"\n  ]").toString();
    }

    /** A tag's definition or a saved view as one line; a tag without its rows, which are in the rows' lines. */
    private static String recordLine(Object record) {
        ObjectNode node = ProjectJson.MAPPER.valueToTree(record);
        if (record instanceof TagRecord) {
            node.remove(List.of("rows", "rows_by"));
        }
        return oneLine(node);
    }

    private static String oneLine(JsonNode node) {
        try {
            return ONE_LINE.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return ProjectJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements of a line list, without the end mark. */
    private static List<JsonNode> elements(Path file, JsonNode list, String field) {
        List<JsonNode> elements = new ArrayList<>();
        if (list == null) {
            return elements;
        }
        if (!list.isArray()) {
            throw new ProjectFileException(file, "the field " + field + " must be a list");
        }
        for (JsonNode element : list) {
            if (!(element.isTextual() && element.asText().equals(END))) {
                elements.add(element);
            }
        }
        return elements;
    }

    /**
     * The records of a list of named ones (tag definitions, saved views), one to a name. Two lines of one name
     * are a record two branches changed differently: the later generation is kept, and said so.
     */
    private static ArrayNode named(
            Path file, JsonNode list, String field, Class<?> type, Map<String, String> stamps, List<String> notices) {
        String differ =
                type == TagRecord.class ? "the definitions of tag \"%s\" differ" : "the saved view \"%s\" differs";
        Map<String, ObjectNode> byName = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode element : elements(file, list, field)) {
            String at = field + "[" + i++ + "]";
            if (!element.isObject() || !element.path("name").isTextual()) {
                throw new ProjectFileException(file, "the field " + at + " must be an object with a name");
            }
            ObjectNode record = ((ObjectNode) element).deepCopy();
            JsonNode stamp = record.remove("at");
            String stampText = stamp == null ? "" : stamp.asText();
            String name = record.get("name").asText();
            ObjectNode other = byName.get(name);
            if (other != null) {
                notices.add(String.format(differ, Excerpt.cell(name))
                        + " between two branches of the file: kept the later one");
                if (SaveStamp.ORDER.compare(stampText, other.path("at").asText()) <= 0) {
                    continue;
                }
            }
            record.put("at", stampText);
            byName.put(name, record);
        }
        ArrayNode records = ProjectJson.MAPPER.createArrayNode();
        for (ObjectNode record : byName.values()) {
            String stamp = record.remove("at").asText();
            records.add(record);
            stamps.put(recordLine(record, type), stamp);
        }
        return records;
    }

    /** The line a record's stamp is kept by, alike whether the record comes from the file or from a document. */
    private static String recordLine(ObjectNode record, Class<?> type) {
        try {
            return recordLine(ProjectJson.MAPPER.treeToValue(record, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // a record of the wrong shape fails with its path when the document is read
            return oneLine(record);
        }
    }

    /**
     * One row's facts from its lines: a line another names as replaced is gone; of the rest, the newest
     * stands, joined with the lines that replaced the same line as it (two branches changed the row
     * independently). Older lines that replaced something else are what a union merge kept of a branch
     * that changed the row no further: the newest has replaced them.
     */
    private static Settled settle(
            String row, List<RowLine> candidates, Map<String, Set<String>> contested, List<String> notices) {
        Set<String> replaced = new TreeSet<>();
        candidates.forEach(l -> {
            if (l.was() != null) {
                replaced.add(l.was());
            }
        });
        List<RowLine> heads = candidates.stream()
                .filter(l -> !replaced.contains(l.at()))
                .distinct()
                .sorted(Comparator.comparing(RowLine::at, SaveStamp.ORDER).reversed())
                .toList();
        if (heads.isEmpty()) {
            // lines that each name another as replaced: a cycle no save writes; the latest stands
            RowLine newest = candidates.stream()
                    .max(Comparator.comparing(RowLine::at, SaveStamp.ORDER))
                    .orElseThrow();
            return new Settled(newest.facts(), newest, newest.at());
        }
        RowLine newest = heads.get(0);
        List<RowLine> siblings = heads.stream()
                .filter(l -> Objects.equals(l.was(), newest.was()))
                .toList();
        if (siblings.size() == 1) {
            return new Settled(newest.facts(), newest, newest.at());
        }
        return new Settled(joined(row, siblings, contested, notices), null, newest.at());
    }

    /**
     * Lines two branches wrote for one row: the union of their reviews, tags and analysts. Reviewed on both
     * with other tags is a disagreement, unreviewed until settled; two notes keep the newer.
     */
    private static Facts joined(
            String row, List<RowLine> siblings, Map<String, Set<String>> contested, List<String> notices) {
        Set<String> reviewers = new TreeSet<>();
        Map<String, Set<String>> tags = new TreeMap<>();
        Set<Set<String>> answers = new HashSet<>();
        String note = "";
        for (RowLine line : siblings) {
            Facts f = line.facts();
            if (f.reviewed()) {
                reviewers.addAll(f.reviewedBy());
                answers.add(f.tags().keySet());
            }
            f.tags()
                    .forEach((tag, by) ->
                            tags.computeIfAbsent(tag, t -> new TreeSet<>()).addAll(by));
            if (note.isEmpty()) {
                note = f.note();
            } else if (!f.note().isEmpty() && !f.note().equals(note)) {
                notices.add("the note of row " + Excerpt.cell(row)
                        + " differs between two branches of the file: kept the later one");
            }
        }
        boolean reviewed = siblings.stream().anyMatch(l -> l.facts().reviewed());
        Map<String, List<String>> tagged = new TreeMap<>();
        tags.forEach((tag, by) -> tagged.put(tag, List.copyOf(by)));
        if (answers.size() > 1) {
            Set<String> differing = new TreeSet<>();
            answers.forEach(differing::addAll);
            Set<String> common = new TreeSet<>(differing);
            answers.forEach(common::retainAll);
            differing.removeAll(common);
            contested.put(row, differing);
            return new Facts(false, List.of(), tagged, note);
        }
        return new Facts(reviewed, List.copyOf(reviewers), tagged, note);
    }
}
