package dev.errata.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.project.RowLine.Facts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A row's line as JSON: {@code {"row":"15","reviewed":true,"reviewed_by":["alice"],"tags":{"noise":["alice"]},
 * "note":"clipped","at":"…","was":"…"}}, leaving out what is false or empty, so a row with nothing on it is
 * its id and stamps. Read strictly: a line from elsewhere with a field of the wrong kind is refused by its path.
 */
final class RowLineJson {

    private RowLineJson() {}

    static ObjectNode write(RowLine line) {
        ObjectNode node = ProjectJson.MAPPER.createObjectNode();
        node.put("row", line.row());
        Facts f = line.facts();
        if (f.reviewed()) {
            node.put("reviewed", true);
            if (!f.reviewedBy().isEmpty()) {
                strings(node.putArray("reviewed_by"), f.reviewedBy());
            }
        }
        if (!f.tags().isEmpty()) {
            ObjectNode tags = node.putObject("tags");
            f.tags().forEach((tag, by) -> strings(tags.putArray(tag), by));
        }
        if (!f.note().isEmpty()) {
            node.put("note", f.note());
        }
        node.put("at", line.at());
        if (line.was() != null) {
            node.put("was", line.was());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static RowLine read(Path file, JsonNode node, String at) {
        if (!node.isObject()) {
            throw new ProjectFileException(file, "the field " + at + " must be a row's line, an object");
        }
        String row = text(file, node, at, "row", true);
        String stamp = text(file, node, at, "at", true);
        String was = text(file, node, at, "was", false);
        JsonNode reviewed = node.get("reviewed");
        if (reviewed != null && !reviewed.isBoolean()) {
            throw new ProjectFileException(file, "the field " + at + ".reviewed must be true or false");
        }
        boolean isReviewed = reviewed != null && reviewed.asBoolean();
        List<String> reviewedBy = isReviewed ? names(file, node.get("reviewed_by"), at + ".reviewed_by") : List.of();
        Map<String, List<String>> tags = new TreeMap<>();
        JsonNode tagNode = node.get("tags");
        if (tagNode != null) {
            if (!tagNode.isObject()) {
                throw new ProjectFileException(file, "the field " + at + ".tags must be an object of tag names");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = tagNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> tag = it.next();
                tags.put(tag.getKey(), names(file, tag.getValue(), at + ".tags." + tag.getKey()));
            }
        }
        String note = text(file, node, at, "note", false);
        return new RowLine(row, new Facts(isReviewed, reviewedBy, tags, note == null ? "" : note), stamp, was);
    }

    private static String text(Path file, JsonNode node, String at, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !value.isTextual()) {
            throw new ProjectFileException(file, "the field " + at + "." + field + " must be text");
        }
        return value.asText();
    }

    /** Analysts' names in name order, once each. */
    private static List<String> names(Path file, JsonNode list, String at) {
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ProjectFileException(file, "the field " + at + " must be a list of analysts' names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw new ProjectFileException(file, "the field " + at + " must be a list of analysts' names");
            }
            names.add(name.asText());
        }
        return List.copyOf(new TreeSet<>(names));
    }
}
