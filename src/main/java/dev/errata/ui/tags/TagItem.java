package dev.errata.ui.tags;

import dev.errata.tags.TagDefinition;

/**
 * A tag as the sidebar lists it.
 *
 * @param summary e.g. "212 rows · 31% of errors"
 */
public record TagItem(TagDefinition definition, String summary) {

    public String name() {
        return definition.name();
    }
}
