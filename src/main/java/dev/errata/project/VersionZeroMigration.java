package dev.errata.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.tags.TagPalette;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Version 0 files had no version field, a bare {@code data_file} path, role columns as
 * {@code id_column}/{@code label_column}/{@code prediction_column}, and tags as a flat map from name to
 * row ids, all hand tags, with no definitions and no review state.
 */
final class VersionZeroMigration implements ProjectMigration {

    /** Colours given to migrated tags in turn, the first entries of the window's palette. */
    @Override
    public int from() {
        return 0;
    }

    @Override
    public void migrate(ObjectNode project) {
        ObjectNode data = project.objectNode();
        data.set("path", project.remove("data_file"));
        data.putNull("size");
        data.putNull("sha256");
        project.set("data", data);

        ObjectNode roles = project.objectNode();
        roles.set("id", project.remove("id_column"));
        roles.set("label", project.remove("label_column"));
        roles.set("prediction", project.remove("prediction_column"));
        project.set("roles", roles);

        JsonNode oldTags = project.remove("tags");
        ArrayNode tags = project.putArray("tags");
        // version 0 kept no review state; a row someone tagged by hand was looked at, so it counts as
        // reviewed, otherwise the migrated hand tags would have no rows in scope at all
        Set<String> reviewed = new LinkedHashSet<>();
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        oldTags == null ? java.util.Collections.emptyIterator() : oldTags.fields();
                it.hasNext();
                index++) {
            Map.Entry<String, JsonNode> entry = it.next();
            ObjectNode tag = tags.addObject();
            tag.put("name", entry.getKey());
            tag.put("color", TagPalette.color(index));
            tag.put("kind", "hand");
            tag.set("rows", entry.getValue());
            entry.getValue().forEach(id -> reviewed.add(id.asText()));
        }
        ArrayNode reviewedIds = project.putArray("reviewed");
        reviewed.forEach(reviewedIds::add);
        project.putObject("notes");
        project.put("version", 1);
    }
}
