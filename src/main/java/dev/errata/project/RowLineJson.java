package dev.errata.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.project.RowLine.Facts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    /**
     * The line's text, written field by field rather than through a tree: a save writes every changed row's
     * line, and a project's first save after it opens writes them all.
     */
    static String write(RowLine line) {
        StringWriter text = new StringWriter(96);
        try (JsonGenerator out = ProjectJson.MAPPER.getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeStringField("row", line.row());
            Facts f = line.facts();
            if (f.reviewed()) {
                out.writeBooleanField("reviewed", true);
                if (!f.reviewedBy().isEmpty()) {
                    strings(out, "reviewed_by", f.reviewedBy());
                }
            }
            if (!f.tags().isEmpty()) {
                out.writeObjectFieldStart("tags");
                for (Map.Entry<String, List<String>> tag : f.tags().entrySet()) {
                    strings(out, tag.getKey(), tag.getValue());
                }
                out.writeEndObject();
            }
            if (!f.note().isEmpty()) {
                out.writeStringField("note", f.note());
            }
            out.writeStringField("at", line.at());
            if (line.was() != null) {
                out.writeStringField("was", line.was());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static void strings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
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
