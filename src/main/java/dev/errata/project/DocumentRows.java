package dev.errata.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.project.ProjectDocument.TagRecord;
import dev.errata.project.RowLine.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A project document's fields of rows (version 2's shape: the reviewed ids, who reviewed them, notes, each
 * hand tag's rows and who tagged them) and the rows' facts they hold, which the file writes a line per row.
 * Read back row by row ({@link #add}) into the document's fields.
 */
final class DocumentRows {

    private final List<String> reviewed = new ArrayList<>();
    private final Map<String, List<String>> reviewedBy = new TreeMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, List<String>> tagRows = new HashMap<>();
    private final Map<String, Map<String, List<String>>> tagRowsBy = new HashMap<>();

    /** Each row's facts as the document holds them, by row id, in no order. */
    static Map<String, Facts> factsOf(ProjectDocument doc) {
        Set<String> reviewed = new HashSet<>(doc.reviewed());
        Map<String, List<String>> reviewers = byRow(doc.reviewedBy());
        Map<String, Map<String, List<String>>> tags = new HashMap<>();
        for (TagRecord tag : doc.tags()) {
            if ("hand".equals(tag.kind())) {
                Map<String, List<String>> taggers = byRow(tag.rowsBy());
                for (String id : tag.rows()) {
                    tags.computeIfAbsent(id, r -> new TreeMap<>())
                            .put(tag.name(), List.copyOf(taggers.getOrDefault(id, List.of())));
                }
            }
        }
        Set<String> all = new HashSet<>(reviewed);
        all.addAll(tags.keySet());
        all.addAll(doc.notes().keySet());
        Map<String, Facts> facts = new HashMap<>();
        for (String id : all) {
            boolean isReviewed = reviewed.contains(id);
            facts.put(
                    id,
                    new Facts(
                            isReviewed,
                            isReviewed ? reviewers.getOrDefault(id, List.of()) : List.of(),
                            tags.getOrDefault(id, Map.of()),
                            doc.notes().getOrDefault(id, "")));
        }
        return facts;
    }

    /**
     * Each row's analysts, in name order, once each: the analysts come in name order, and a row met twice
     * for one analyst is met twice in a row.
     */
    private static Map<String, List<String>> byRow(Map<String, List<String>> byAnalyst) {
        Map<String, List<String>> analysts = new HashMap<>();
        new TreeMap<>(byAnalyst)
                .forEach((analyst, ids) -> ids.forEach(id -> {
                    List<String> names = analysts.computeIfAbsent(id, r -> new ArrayList<>(1));
                    if (names.isEmpty() || !names.get(names.size() - 1).equals(analyst)) {
                        names.add(analyst);
                    }
                }));
        return analysts;
    }

    /** Adds a row's facts; rows come in the order their ids are to be listed. */
    void add(String row, Facts f) {
        if (f.reviewed()) {
            reviewed.add(row);
            f.reviewedBy()
                    .forEach(a -> reviewedBy
                            .computeIfAbsent(a, x -> new ArrayList<>())
                            .add(row));
        }
        if (!f.note().isEmpty()) {
            notes.put(row, f.note());
        }
        f.tags().forEach((tag, by) -> {
            tagRows.computeIfAbsent(tag, t -> new ArrayList<>()).add(row);
            by.forEach(a -> tagRowsBy
                    .computeIfAbsent(tag, t -> new TreeMap<>())
                    .computeIfAbsent(a, x -> new ArrayList<>())
                    .add(row));
        });
    }

    /** Puts the rows added into the document's fields, the hand tags' rows into their definitions. */
    void putInto(ObjectNode tree, ArrayNode tags) {
        ArrayNode reviewedIds = tree.putArray("reviewed");
        reviewed.forEach(reviewedIds::add);
        ObjectNode notesByRow = tree.putObject("notes");
        notes.forEach(notesByRow::put);
        tree.set("reviewed_by", ProjectJson.MAPPER.valueToTree(reviewedBy));
        for (JsonNode tag : tags) {
            String name = tag.get("name").asText();
            if ("hand".equals(tag.path("kind").asText())) {
                ((ObjectNode) tag).set("rows", ProjectJson.MAPPER.valueToTree(tagRows.getOrDefault(name, List.of())));
                ((ObjectNode) tag)
                        .set("rows_by", ProjectJson.MAPPER.valueToTree(tagRowsBy.getOrDefault(name, Map.of())));
            }
        }
        tree.set("tags", tags);
    }
}
