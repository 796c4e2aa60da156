package dev.errata.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnChoice;
import dev.errata.data.Model;
import dev.errata.tags.Rule;
import dev.errata.tags.TagKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The data columns a project file's work reads beyond the roles': its imported tags' columns, the columns its
 * rules name, its review queue's strata column and its models' columns. Read from the parsed file ahead of the
 * rest, so that a command that uses a few columns loads those and these alone, while the file is still read.
 */
final class ProjectColumns {

    private ProjectColumns() {}

    /**
     * Empty where the file alone cannot tell: a version a migration may change, a tag of a kind or a rule
     * this reading does not know (the full read says what is wrong), or models it cannot read.
     */
    static Optional<ColumnChoice> named(ProjectJson.Parsed parsed) {
        if (parsed.version() != ProjectJson.CURRENT_VERSION) {
            return Optional.empty();
        }
        JsonNode tree = parsed.tree();
        Set<String> names = new LinkedHashSet<>();
        List<Model> models = new ArrayList<>();
        try {
            for (JsonNode tag : tree.path("tags")) {
                if (tag.isTextual() && tag.asText().equals(FileLines.END)) {
                    // the list's last line, which says the file was written whole
                    continue;
                }
                switch (TagKind.fromKey(tag.path("kind").asText())) {
                    case HAND -> {}
                    case IMPORTED -> names.add(text(tag, "source_column"));
                    case RULE -> names.addAll(Rule.parse(text(tag, "rule")).columns());
                }
            }
            JsonNode queue = tree.path("review_queue");
            if (queue.hasNonNull("strata_column")) {
                names.add(text(queue, "strata_column"));
            }
            for (JsonNode model : tree.path("models")) {
                models.add(ProjectJson.MAPPER.treeToValue(model, Model.class));
            }
        } catch (IllegalArgumentException | JsonProcessingException e) {
            // a rule that does not parse (RuleException), an unknown kind or a field of the wrong type
            return Optional.empty();
        }
        return Optional.of(ColumnChoice.of(names, List.of()).and(Model.columnsOf(models)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.asText();
    }
}
