package dev.errata.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A project file as an Errata before version 3 wrote it: the rows' fields as lists of ids (reviewed,
 * notes, each hand tag's rows), made from a file this Errata saved.
 */
final class OldProjectFile {

    private OldProjectFile() {}

    /** The file's document as a tree of the given version, without save ids, to change before {@link #write}. */
    static ObjectNode tree(Path file, int version) throws IOException {
        ObjectNode tree = ProjectJson.MAPPER.valueToTree(ProjectJson.read(file));
        tree.remove(List.of("save_id", "previous_save_id", "journal_edits_held"));
        tree.put("version", version);
        return tree;
    }

    static void write(Path file, ObjectNode tree) throws IOException {
        ProjectJson.MAPPER.writeValue(file.toFile(), tree);
    }
}
