package dev.errata.tags;

import dev.errata.data.Dataset;
import org.roaringbitmap.RoaringBitmap;

/** The rows of a tag whose rows follow from the data. */
public final class TagRows {

    private TagRows() {}

    /** @throws IllegalArgumentException (a {@link RuleException} for rules) when the tag does not fit the data */
    public static RoaringBitmap derived(Dataset dataset, TagDefinition tag) {
        return switch (tag.kind()) {
            case RULE -> Rule.parse(tag.rule()).evaluate(dataset);
            case IMPORTED -> ImportedTagColumn.rows(dataset, tag.sourceColumn());
            case HAND -> throw new IllegalArgumentException("hand tag \"" + tag.name() + "\" has no rule");
        };
    }
}
