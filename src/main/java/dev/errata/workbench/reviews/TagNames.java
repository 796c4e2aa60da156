package dev.errata.workbench.reviews;

import dev.errata.data.BadInputException;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tags a reviews file names: the project's hand tags, and the new ones it may create. */
final class TagNames {

    private final Path file;
    private final Map<String, TagDefinition> existing = new LinkedHashMap<>();
    private final boolean create;
    private final List<String> created = new ArrayList<>();

    TagNames(Path file, List<TagDefinition> tags, boolean create) {
        this.file = file;
        tags.forEach(t -> existing.put(t.name(), t));
        this.create = create;
    }

    /** Whether the project has a rule or imported tag of this name, whose rows follow from the data. */
    boolean isDerived(String name) {
        TagDefinition tag = existing.get(name);
        return tag != null && tag.kind() != TagKind.HAND;
    }

    boolean isHand(String name) {
        TagDefinition tag = existing.get(name);
        return tag != null && tag.kind() == TagKind.HAND;
    }

    /**
     * The hand tag {@code cell} names; a new one is created when allowed.
     *
     * @throws BadInputException for a tag the project lacks (unless created), a rule or imported tag, or no name
     */
    String handTag(CsvCell cell, String name) {
        if (name.isEmpty()) {
            throw new BadInputException(file, cell.line(), cell.column(), "the tag has no name");
        }
        if (isDerived(name)) {
            throw new BadInputException(
                    file,
                    cell.line(),
                    cell.column(),
                    "tag \"" + name + "\" is a " + existing.get(name).kind().key()
                            + " tag of the project; only hand tags are set from a file");
        }
        if (!isHand(name) && !created.contains(name)) {
            if (!create) {
                throw new BadInputException(
                        file,
                        cell.line(),
                        cell.column(),
                        "the project has no hand tag \"" + name + "\" (give --create-tags to create it)");
            }
            created.add(name);
        }
        return name;
    }

    /** The tags {@link #handTag} created, in the order the file first names them. */
    List<String> created() {
        return List.copyOf(created);
    }
}
