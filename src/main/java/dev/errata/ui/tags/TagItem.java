package dev.errata.ui.tags;

import dev.errata.tags.TagDefinition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A tag as the sidebar lists it. The item stays while the tag's definition does and its summary changes in
 * place, so an edit redraws the summaries it changed instead of every line of the list.
 */
public final class TagItem {

    private final TagDefinition definition;
    private final ReadOnlyStringWrapper summary;

    TagItem(TagDefinition definition) {
        this.definition = definition;
        this.summary = new ReadOnlyStringWrapper(this, "summary", "");
    }

    public TagDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    /** E.g. "212 rows · 31% of errors". */
    public String summary() {
        return summary.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void show(String fresh) {
        summary.set(fresh);
    }
}
