package dev.errata.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a project file of any known version into the current document shape, and writes one. */
final class ProjectJson {

    static final int CURRENT_VERSION = 1;

    /** One step per version, in order: step n turns version n into n + 1. */
    private static final List<ProjectMigration> MIGRATIONS = List.of(new VersionZeroMigration());

    private static final List<String> REQUIRED = List.of("/data/path", "/roles", "/tags", "/reviewed", "/notes");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProjectJson() {
    }

    static byte[] write(ProjectDocument doc) throws IOException {
        return MAPPER.writeValueAsBytes(doc);
    }

    static ProjectDocument read(Path file) throws IOException {
        ObjectNode tree = tree(file);
        int version = tree.path("version").asInt(0);
        if (version > CURRENT_VERSION) {
            throw new ProjectFileException(file, "the file is project version " + version
                    + ", and this version of Errata reads versions up to " + CURRENT_VERSION + "; open it with a newer Errata");
        }
        for (ProjectMigration step : MIGRATIONS) {
            if (step.from() == version) {
                step.migrate(tree);
                version++;
            }
        }
        for (String pointer : REQUIRED) {
            if (tree.at(pointer).isMissingNode() || tree.at(pointer).isNull()) {
                throw new ProjectFileException(file, "the field " + pointer.substring(1).replace('/', '.') + " is missing");
            }
        }
        try {
            return MAPPER.treeToValue(tree, ProjectDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProjectFileException(file, "a field has a value of the wrong kind: " + problem(e), e);
        }
    }

    private static ObjectNode tree(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProjectFileException(file, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        throw new ProjectFileException(file, "expected a JSON object with the project's fields");
    }

    private static String problem(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
