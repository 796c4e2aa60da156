package dev.errata.ui.analysis;

import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.TranscriptionMetrics;
import dev.errata.tags.TagDefinition;

/**
 * One tag's metrics beside what the analyst said about it (colour, ease, importance).
 *
 * @param transcription a transcription's word, character and sentence error rates over the tag's rows; null
 *     for other tasks
 */
public record TagMetricsRow(TagDefinition definition, TagMetrics metrics, TranscriptionMetrics transcription) {

    public String name() {
        return definition.name();
    }
}
