package dev.errata.ui.analysis;

import dev.errata.metrics.TagMetrics;
import dev.errata.tags.TagDefinition;

/** One tag's metrics beside what the analyst said about it (colour, ease, importance). */
public record TagMetricsRow(TagDefinition definition, TagMetrics metrics) {

    public String name() {
        return definition.name();
    }
}
