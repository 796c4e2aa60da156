package dev.errata.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.data.Excerpt;
import dev.errata.tags.TextLimit;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a project file of any known version into the current document shape, and writes one. Project
 * files come from elsewhere too (mail, shared folders), so reading is strict where leniency could hide
 * damage (duplicate keys, trailing content) and bounded where a hostile file could exhaust the stack or
 * the heap (nesting, number and string length, file size).
 */
final class ProjectJson {

    static final int CURRENT_VERSION = 3;

    /**
     * What changes with every save rather than with the work; version 2 keeps it beside the file
     * ({@link LastSave}), since two branches of the file that both hold it would conflict on it.
     */
    private static final List<String> SAVE_FIELDS = List.of("save_id", "previous_save_id", "journal_edits_held");

    /** Far deeper than any project file nests (views hold lists: four levels), far below a stack overflow. */
    static final int MAX_NESTING = 64;

    /** Notes and summaries are prose; the session refuses longer ones as they are typed, and a save checks the rest. */
    static final int MAX_STRING = TextLimit.MAX_CHARS;

    /** One step per version, in order: step n turns version n into n + 1. */
    private static final List<ProjectMigration> MIGRATIONS =
            List.of(new VersionZeroMigration(), new VersionOneMigration(), new VersionTwoMigration());

    private static final List<String> REQUIRED = List.of("/data/path", "/roles", "/tags", "/reviewed", "/notes");

    /** A separate predictions file needs its path as the data does. */
    private static final List<String> PREDICTIONS_REQUIRED =
            List.of("/data/path", "/predictions/path", "/roles", "/tags", "/reviewed", "/notes");

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(64)
                            .maxStringLength(MAX_STRING)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProjectJson() {}

    /**
     * Each element of a list on a line of its own (a saved view, a check) and each field of an object too,
     * in the order the document keeps them, so that a change to one is a change to its own lines; tags and
     * rows are written apart, one self-contained line each ({@link FileLines}).
     */
    private static final ObjectWriter LINES = MAPPER.writer(new DefaultPrettyPrinter()
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** What a save writes, and the lines it wrote, which the next save keeps where nothing changed. */
    record Written(byte[] bytes, FileLines lines) {}

    /** Where the pretty printer leaves a line list's place, for {@link FileLines} to write it line by line. */
    private static final String PLACE = "errata-lines-go-here";

    /**
     * The document as version 3 writes it: without the save's own fields, which {@link LastSave} keeps, and
     * with tags and rows one line each ({@link FileLines}).
     *
     * @param previous the lines of the file the document was read from, whose unchanged lines it keeps
     */
    static Written write(ProjectDocument doc, FileLines previous) throws IOException {
        FileLines lines = previous.next(doc);
        // the rows' marks would be a tree of every row only to be taken out again
        ObjectNode tree = MAPPER.valueToTree(doc.withoutLines());
        tree.remove(SAVE_FIELDS);
        tree.remove(List.of("reviewed", "reviewed_by", "notes"));
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("tags", lines.namedText(doc.tags()));
        lists.put("views", lines.namedText(doc.views()));
        lists.put("checks", FileLines.checksText(doc.checks()));
        lists.put("rows", lines.rowsText());
        lists.keySet().forEach(field -> tree.put(field, PLACE));
        String text = LINES.writeValueAsString(tree);
        for (Map.Entry<String, String> list : lists.entrySet()) {
            // a string holds no line break, so the pretty printer's "field" : "PLACE" is never inside a user's text
            text = text.replace(
                    "\n  \"" + list.getKey() + "\" : \"" + PLACE + "\"",
                    "\n  \"" + list.getKey() + "\" : " + list.getValue());
        }
        return new Written((text + "\n").getBytes(StandardCharsets.UTF_8), lines);
    }

    /** A document written afresh, as a merge writes its result. */
    static byte[] write(ProjectDocument doc) throws IOException {
        return write(doc, FileLines.NONE).bytes();
    }

    /**
     * Refuses to write what {@link #read} would refuse, so that a save never leaves a file that cannot be
     * opened (and, at the next save, a backup that cannot either). The session bounds what the user types;
     * this catches the rest, such as a row id longer than a field name may be.
     *
     * @throws IOException saying what is too long and where
     */
    static void requireReadable(byte[] json) throws IOException {
        long limit = readableSize();
        if (json.length > limit) {
            throw new IOException("the file would be " + (json.length >> 20)
                    + " MB, more than Errata reads with this memory (at most " + (limit >> 20) + " MB)");
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_STRING) {
                        // strings are checked against the bounds only as they are read
                        parser.getText();
                    }
                }
            } catch (StreamConstraintsException e) {
                throw new IOException(
                        String.format(
                                Locale.ROOT,
                                "the text at %s is longer than a project file holds (at most %,d "
                                        + "characters); shorten it",
                                parser.getParsingContext().pathAsPointer(),
                                MAX_STRING),
                        e);
            }
        }
    }

    /** The tree of a JSON file takes several times its size in memory; refusing a larger file beats running out. */
    private static long readableSize() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    static ProjectDocument read(Path file) throws IOException {
        return readFile(file).doc();
    }

    /**
     * A project file read, with its lines for the next save to keep.
     *
     * @param notices what two branches merged into the file said differently, one line each
     */
    record ReadFile(ProjectDocument doc, FileLines lines, List<String> notices) {}

    static ReadFile readFile(Path file) throws IOException {
        return read(parse(file));
    }

    /** A project file's bytes and their tree, before the rest of the read makes a document of them. */
    record Parsed(Path file, byte[] bytes, ObjectNode tree, int version) {}

    /** @throws ProjectFileException when the file is no JSON object, or of a version this Errata cannot read */
    static Parsed parse(Path file) throws IOException {
        byte[] bytes = bytes(file);
        ObjectNode tree = tree(file, bytes);
        return new Parsed(file, bytes, tree, version(file, tree.get("version")));
    }

    /** The files and roles a project names: what loading its data needs. */
    record DataSource(
            ProjectDocument.FileRecord data,
            ProjectDocument.FileRecord predictions,
            String joinColumn,
            ProjectDocument.RolesRecord roles) {}

    /**
     * The files and roles a file of the current version names, read from its tree ahead of the rest, so that
     * the data can load meanwhile. Empty for an older version, whose migration may change them, and for
     * fields of the wrong kind, which the full read refuses with its message.
     */
    static Optional<DataSource> source(Parsed parsed) {
        if (parsed.version() != CURRENT_VERSION) {
            return Optional.empty();
        }
        ObjectNode fields = MAPPER.createObjectNode();
        for (String field : List.of("data", "predictions", "join_column", "roles")) {
            fields.set(field, parsed.tree().get(field));
        }
        try {
            return Optional.of(MAPPER.treeToValue(fields, DataSource.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The document a parsed file holds. Takes the tree apart: a parsed file is read once. */
    static ReadFile read(Parsed parsed) throws IOException {
        Path file = parsed.file();
        byte[] bytes = parsed.bytes();
        ObjectNode tree = parsed.tree();
        int version = parsed.version();
        if (version >= 2) {
            // a version 1 file carries its save id, which its journal names; a later one is its bytes' hash
            String saveId = LastSave.idOf(bytes);
            Optional<LastSave> last = LastSave.of(file, saveId);
            tree.remove(SAVE_FIELDS);
            tree.put("save_id", saveId);
            last.ifPresent(l ->
                    tree.put("previous_save_id", l.previousSaveId()).put("journal_edits_held", l.journalEditsHeld()));
        }
        FileLines.Read lines =
                version >= 3 ? FileLines.read(file, tree) : new FileLines.Read(FileLines.NONE, List.of());
        for (ProjectMigration step : MIGRATIONS) {
            if (step.from() == version) {
                step.migrate(tree);
                version++;
            }
        }
        rejectNulls(file, tree, "");
        for (String pointer : tree.hasNonNull("predictions") ? PREDICTIONS_REQUIRED : REQUIRED) {
            if (tree.at(pointer).isMissingNode() || tree.at(pointer).isNull()) {
                throw new ProjectFileException(
                        file, "the field " + pointer.substring(1).replace('/', '.') + " is missing");
            }
        }
        try {
            return new ReadFile(MAPPER.treeToValue(tree, ProjectDocument.class), lines.lines(), lines.notices());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProjectFileException(
                    file, "a field has a value of the wrong kind" + where(e) + ": " + problem(e), e);
        }
    }

    /**
     * No list of a project holds null, nor does a map of notes or class scores; Jackson would pass one on
     * to fail somewhere later without saying where.
     */
    private static void rejectNulls(Path file, JsonNode node, String at) {
        boolean map =
                at.equals("notes") || at.endsWith("class_scores") || at.equals("reviewed_by") || at.endsWith("rows_by");
        if (node.isArray() || map) {
            int i = 0;
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                requireValue(file, field.getValue(), at + "." + Excerpt.cell(field.getKey()));
            }
            for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
                requireValue(file, element, at + "[" + i++ + "]");
            }
        }
        if (node.isObject() && !map) {
            node.fields()
                    .forEachRemaining(field ->
                            rejectNulls(file, field.getValue(), (at.isEmpty() ? "" : at + ".") + field.getKey()));
        } else if (node.isContainerNode()) {
            int i = 0;
            for (JsonNode element : node) {
                rejectNulls(file, element, at + "[" + i++ + "]");
            }
        }
    }

    private static void requireValue(Path file, JsonNode value, String at) {
        if (value.isNull()) {
            throw new ProjectFileException(file, "the field " + at + " is null, where a value belongs");
        }
    }

    /** Files before version 1 have no version field. */
    private static int version(Path file, JsonNode version) {
        if (version == null) {
            return 0;
        }
        if (!version.isIntegralNumber() || version.bigIntegerValue().signum() < 0) {
            throw new ProjectFileException(
                    file, "the field version must be a whole number, not " + oneLine(version.toString()));
        }
        if (version.bigIntegerValue().compareTo(BigInteger.valueOf(CURRENT_VERSION)) > 0) {
            throw new ProjectFileException(
                    file,
                    "the file is project version " + version + ", and this version of Errata reads versions up to "
                            + CURRENT_VERSION + "; open it with a newer Errata");
        }
        return version.intValue();
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            // a FIFO would block the open until something writes to it, which may be never
            throw new ProjectFileException(
                    file, Files.exists(file) ? "is not a regular file" : "there is no such file");
        }
        long size = Files.size(file);
        long limit = readableSize();
        if (size > limit) {
            throw new ProjectFileException(
                    file,
                    "the file is " + (size >> 20) + " MB, more than this Errata can read with "
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MB of memory (at most " + (limit >> 20)
                            + " MB)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // the file may have grown since its size was looked at
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                throw new ProjectFileException(file, "the file grew past " + (limit >> 20) + " MB while it was read");
            }
            return bytes;
        }
    }

    private static ObjectNode tree(Path file, byte[] bytes) throws IOException {
        JsonNode tree;
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            try {
                tree = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                // a limit that is reached carries no location of its own; the parser stands where it was reached
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String what =
                        e instanceof StreamConstraintsException ? "beyond what a project file holds" : "not valid JSON";
                throw new ProjectFileException(
                        file,
                        what + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                                + oneLine(e.getOriginalMessage()),
                        e);
            }
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        throw new ProjectFileException(file, "expected a JSON object with the project's fields");
    }

    /** Where in the document a mapping failed, as {@code tags[0].ease}. */
    private static String where(Exception e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder(" at ");
        for (JsonMappingException.Reference step : m.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() > 4 ? "." : "").append(step.getFieldName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String problem(Exception e) {
        // a record that refuses its values says why in its own words; Jackson's wrapping names our classes
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException refused) {
            return oneLine(refused.getMessage());
        }
        return oneLine(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
    }

    /** Jackson quotes the offending input in its messages; a message is shown on one line, and briefly. */
    private static String oneLine(String message) {
        return Excerpt.of(String.valueOf(message), 300);
    }
}
