package dev.errata.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.errata.data.Excerpt;
import dev.errata.project.ProjectDocument.QueueRecord;
import dev.errata.project.ProjectDocument.TagRecord;
import dev.errata.tags.Analyst;
import dev.errata.tags.CreateTag;
import dev.errata.tags.DeleteTag;
import dev.errata.tags.RedefineTag;
import dev.errata.tags.ReviewQueue;
import dev.errata.tags.SetNote;
import dev.errata.tags.SetReviewQueue;
import dev.errata.tags.SetReviewed;
import dev.errata.tags.SetTagRows;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagEdit;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/** Writes an edit as one line of JSON keyed by row ids, and reads it back against the loaded rows. */
final class JournalCodec {

    static final ObjectWriter ONE_LINE = ProjectJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private final RowIds ids;

    JournalCodec(RowIds ids) {
        this.ids = ids;
    }

    String encode(TagEdit edit) throws IOException {
        ObjectNode line = ProjectJson.MAPPER.createObjectNode();
        if (edit instanceof CreateTag c) {
            placedTag(line.put("edit", "create_tag"), c.tag(), c.position(), c.rows(), c.by());
        } else if (edit instanceof DeleteTag d) {
            placedTag(line.put("edit", "delete_tag"), d.tag(), d.position(), d.rows(), d.by());
        } else if (edit instanceof RedefineTag r) {
            line.put("edit", "redefine_tag");
            line.set("before", ProjectJson.MAPPER.valueToTree(TagRecords.record(r.before(), List.of(), Map.of())));
            line.set("after", ProjectJson.MAPPER.valueToTree(TagRecords.record(r.after(), List.of(), Map.of())));
        } else if (edit instanceof SetTagRows s) {
            line.put("edit", "set_tag_rows").put("tag", s.tag()).put("on", s.on());
            rows(line, s.rows());
            analyst(line, s.analyst());
        } else if (edit instanceof SetReviewed s) {
            line.put("edit", "set_reviewed").put("on", s.on());
            rows(line, s.rows());
            analyst(line, s.analyst());
        } else if (edit instanceof SetReviewQueue q) {
            line.put("edit", "set_review_queue");
            line.set("before", ProjectJson.MAPPER.valueToTree(QueueRecords.record(q.before(), ids)));
            line.set("after", ProjectJson.MAPPER.valueToTree(QueueRecords.record(q.after(), ids)));
        } else if (edit instanceof SetNote n) {
            line.put("edit", "set_note")
                    .put("row", ids.id(n.row()))
                    .put("before", n.before())
                    .put("after", n.after());
        }
        return ONE_LINE.writeValueAsString(line);
    }

    /**
     * The rows' ids, written straight as a JSON array: a tree node per id, or a list of them, was most of a
     * key press's journal line.
     */
    private void rows(ObjectNode line, RoaringBitmap rows) throws IOException {
        StringWriter array = new StringWriter(rows.getCardinality() * 8);
        // the factory's generator, not the mapper's: the mapper indents, and a journal line is compact
        try (JsonGenerator out = ProjectJson.MAPPER.getFactory().createGenerator(array)) {
            out.writeStartArray();
            IntIterator each = rows.getIntIterator();
            while (each.hasNext()) {
                out.writeString(ids.id(each.next()));
            }
            out.writeEndArray();
        }
        line.putRawValue("rows", new RawValue(array.toString()));
    }

    /** Who marked or unmarked the rows; journals written before analysts were recorded have no one. */
    private static void analyst(ObjectNode line, String analyst) {
        if (analyst != null) {
            line.put("by", analyst);
        }
    }

    private void placedTag(
            ObjectNode line, TagDefinition tag, int position, RoaringBitmap rows, Map<String, RoaringBitmap> by) {
        line.put("position", position)
                .set(
                        "tag",
                        ProjectJson.MAPPER.valueToTree(TagRecords.record(tag, ids.ids(rows), TagRecords.ids(by, ids))));
    }

    /**
     * @return the edit, or null when it concerns only rows the data no longer has
     * @throws JsonProcessingException or IllegalArgumentException for a line that does not hold an edit
     */
    TagEdit decode(String text) throws JsonProcessingException {
        JsonNode line = ProjectJson.MAPPER.readTree(text);
        if (line == null || !line.isObject()) {
            throw new IllegalArgumentException(
                    "a line holds a JSON object, not " + Excerpt.of(String.valueOf(line), 60));
        }
        String kind = line.path("edit").asText();
        switch (kind) {
            case "create_tag", "delete_tag" -> {
                TagRecord tag = tag(line, "tag");
                RoaringBitmap rows = ids.rows(tag.rows());
                int position = whole(line, "position");
                Map<String, RoaringBitmap> by = TagRecords.rows(tag.rowsBy(), ids);
                return kind.equals("create_tag")
                        ? new CreateTag(TagRecords.definition(tag), position, rows, by)
                        : new DeleteTag(TagRecords.definition(tag), position, rows, by);
            }
            case "redefine_tag" -> {
                return new RedefineTag(
                        TagRecords.definition(tag(line, "before")), TagRecords.definition(tag(line, "after")));
            }
            case "set_tag_rows" -> {
                return new SetTagRows(text(line, "tag"), rows(line), bool(line, "on"), analyst(line));
            }
            case "set_reviewed" -> {
                return new SetReviewed(rows(line), bool(line, "on"), analyst(line));
            }
            case "set_review_queue" -> {
                return new SetReviewQueue(queue(line.get("before")), queue(line.get("after")));
            }
            case "set_note" -> {
                var row = ids.row(text(line, "row"));
                return row.isEmpty()
                        ? null
                        : new SetNote(row.getAsInt(), textOrNull(line, "before"), textOrNull(line, "after"));
            }
            default -> throw new IllegalArgumentException("unknown edit \"" + Excerpt.cell(kind) + "\"");
        }
    }

    private ReviewQueue queue(JsonNode record) throws JsonProcessingException {
        return record == null || record.isNull()
                ? null
                : QueueRecords.queue(ProjectJson.MAPPER.treeToValue(record, QueueRecord.class), ids);
    }

    /*
     * Each field is read as the kind it must be: Jackson's lenient reading would take "yes" as false and
     * "first" as 0, and replay an edit the user never made.
     */

    private RoaringBitmap rows(JsonNode line) {
        JsonNode rows = line.get("rows");
        List<String> rowIds = new ArrayList<>();
        if (rows == null || !rows.isArray()) {
            throw wrongKind("rows", rows, "a list of row ids");
        }
        for (JsonNode id : rows) {
            if (!id.isTextual()) {
                throw wrongKind("rows", rows, "a list of row ids");
            }
            rowIds.add(id.asText());
        }
        return ids.rows(rowIds);
    }

    private static String analyst(JsonNode line) {
        String name = textOrNull(line, "by");
        return name == null ? null : Analyst.require(name);
    }

    private static TagRecord tag(JsonNode line, String field) throws JsonProcessingException {
        JsonNode value = line.get(field);
        if (value == null || !value.isObject()) {
            throw wrongKind(field, value, "a tag");
        }
        return ProjectJson.MAPPER.treeToValue(value, TagRecord.class);
    }

    private static boolean bool(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isBoolean()) {
            throw wrongKind(field, value, "true or false");
        }
        return value.booleanValue();
    }

    private static int whole(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw wrongKind(field, value, "a whole number");
        }
        return value.intValue();
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || !value.isTextual()) {
            throw wrongKind(field, value, "a text");
        }
        return value.asText();
    }

    private static String textOrNull(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : text(line, field);
    }

    private static IllegalArgumentException wrongKind(String field, JsonNode value, String kind) {
        return new IllegalArgumentException("the field " + field + " must be " + kind + ", not "
                + (value == null ? "missing" : Excerpt.of(value.toString(), 60)));
    }
}
