package dev.errata.ui.analysis;

import dev.errata.metrics.TagMetrics;
import dev.errata.tags.TagDefinition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A tag's line in the metric panel and the priorities. The line stays while the tag does and its numbers
 * change in place, so after an edit a table redraws the lines whose numbers changed; a table given new
 * items instead rebuilds and restyles every line, which costs more than a frame.
 */
public final class TagLine {

    private final ReadOnlyObjectWrapper<TagMetricsRow> row;

    TagLine(TagMetricsRow row) {
        this.row = new ReadOnlyObjectWrapper<>(row);
    }

    /** Shows new numbers; equal ones leave the line as it is. */
    void show(TagMetricsRow fresh) {
        if (!fresh.equals(row.get())) {
            row.set(fresh);
        }
    }

    public ReadOnlyObjectProperty<TagMetricsRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public String name() {
        return row.get().name();
    }

    public TagDefinition definition() {
        return row.get().definition();
    }

    public TagMetrics metrics() {
        return row.get().metrics();
    }
}
