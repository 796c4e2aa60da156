package dev.errata.data;

import java.util.List;

/**
 * What one version of the model measured when it was added to a project: its overall error rate and each
 * tag's and slice's figures, kept as plain numbers so the project's history outlives the version's
 * prediction columns. Rates are fractions in [0, 1]; null where a figure is undefined (a tag without rows).
 *
 * @param model the version's name
 * @param date the day it was added, as {@code YYYY-MM-DD}
 * @param rows the evaluable rows it was measured on
 * @param errorRate the share of those rows it gets wrong
 */
public record ModelVersion(
        String model, String date, long rows, Double errorRate, List<TagFigures> tags, List<SliceFigures> slices) {

    public ModelVersion {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a version in the history needs the name of its model");
        }
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException(
                    "version \"" + Excerpt.cell(model) + "\" needs its date as YYYY-MM-DD, not " + date);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    /**
     * One tag in one version. For a hand tag the figures are the estimates for the whole data from the
     * reviewed rows, as the version's metrics gave them.
     *
     * @param prevalence the tag's share of the rows
     * @param errorRate the share of the tag's rows the version gets wrong
     * @param errorShare the share of the version's errors the tag holds
     * @param potentialGain how much overall accuracy the priorities said the tag could give (headroom ×
     *     prevalence); null without a baseline
     */
    public record TagFigures(String tag, Double prevalence, Double errorRate, Double errorShare, Double potentialGain) {

        /** The tag's errors as a share of all rows: how much of the overall error rate the tag holds. */
        public Double errorsPerRow() {
            return prevalence == null || errorRate == null ? null : prevalence * errorRate;
        }
    }

    /** One slice (a value of a column) in one version. */
    public record SliceFigures(String column, String value, long rows, Double errorRate) {}
}
