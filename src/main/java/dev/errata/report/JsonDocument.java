package dev.errata.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON documents the commands print: trees of Jackson's nodes, written by its streaming generator and
 * indented one field to a line, as an {@code ObjectMapper} with indented output writes them. Neither needs
 * an {@code ObjectMapper}: making one (its serializers, their caches, its features) cost a first run of
 * {@code errata metrics} about 25 ms before it printed a line.
 */
final class JsonDocument {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonDocument() {}

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static JsonNode nothing() {
        return JsonNodeFactory.instance.nullNode();
    }

    /** A document indented, one field to a line, ending with a line break. */
    static String text(JsonNode document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            write(document, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a document in memory", e);
        }
        return out + System.lineSeparator();
    }

    /**
     * A node and what it holds. Jackson's containers and null write themselves only through a mapper's
     * serializers; its numbers write themselves with the generator alone, each in its own type.
     */
    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> node.serialize(out, null);
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            case BINARY, POJO -> throw new IllegalArgumentException("a document holds no " + node.getNodeType());
        }
    }
}
