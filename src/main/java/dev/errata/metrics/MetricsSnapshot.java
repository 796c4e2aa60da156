package dev.errata.metrics;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Every metric of a dataset at one moment: what the window's panels and the headless commands show.
 * Fields that do not apply to the task are null; undefined numbers inside are NaN, written as
 * {@code null} in JSON. After a tag edit only the tag metrics change: recompute them with
 * {@link #withTags}.
 *
 * @param errorRows the evaluable and error rows, to filter the table and to compute tag metrics
 * @param strata the strata of the review design, for hand-tag estimates
 * @param classification label metrics of a classification; null for regression
 * @param scores score metrics when the data has scores (binary score, or multiclass class probabilities)
 * @param predictionRates binary rates of the prediction column; null unless binary
 * @param thresholdRates binary rates of score ≥ the threshold; null unless binary with a score
 * @param regression residual metrics; null for classification
 * @param transcription word and character error rates; null unless a transcription
 * @param slices the slices of each slice column and cross; binary rates from the prediction column
 * @param transcripts a transcription's rows with their edits, for the word error rates of tags; null
 *     otherwise
 * @param tagTranscriptions a transcription's word and character error rates of each tag (over its
 *     rows), in the order of {@code tags}; empty otherwise
 * @param thresholdSlices binary data with both a prediction column and a score: the same slices with
 *     the rates of score ≥ threshold (the fairness view); empty otherwise
 */
public record MetricsSnapshot(
        Task task,
        List<String> classes,
        int rows,
        int unevaluableRows,
        MetricsSettings settings,
        ErrorRows errorRows,
        ReviewStrata strata,
        ClassificationMetrics classification,
        ScoreMetrics scores,
        BinaryRates predictionRates,
        BinaryRates thresholdRates,
        RegressionMetrics regression,
        TranscriptionMetrics transcription,
        List<SliceTable> slices,
        List<SliceTable> thresholdSlices,
        List<TagMetrics> tags,
        Transcripts transcripts,
        List<TranscriptionMetrics> tagTranscriptions) {

    public MetricsSnapshot {
        classes = List.copyOf(classes);
        slices = List.copyOf(slices);
        thresholdSlices = List.copyOf(thresholdSlices);
        tags = List.copyOf(tags);
        tagTranscriptions = List.copyOf(tagTranscriptions);
    }

    /** @throws IllegalArgumentException when a role or slice column is missing or of the wrong type */
    public static MetricsSnapshot compute(
            Dataset data, ColumnRoles roles, MetricsSettings settings, List<TagInput> tags) {
        return compute(data, roles, settings, tags, null);
    }

    /**
     * The metrics of one model of several, its hand-tag estimates taken from a review drawn against
     * another's errors: their strata split by that model's outcome ({@link ReviewStrata#splitBy}).
     *
     * @param reviewedModel the error rows of the model the review was drawn against; null when it is this one
     */
    public static MetricsSnapshot compute(
            Dataset data, ColumnRoles roles, MetricsSettings settings, List<TagInput> tags, ErrorRows reviewedModel) {
        Outcomes outcomes = Outcomes.of(data, roles, settings.threshold());
        ErrorRows errorRows = ErrorRows.of(outcomes, settings.tolerance());
        Task task = outcomes.task();
        boolean binary = task == Task.BINARY;
        List<RowGroups> partitions = partitions(data, settings);
        ReviewStrata own =
                ReviewStrata.of(data, errorRows, settings.strataColumn()).withRecordedSizes(settings.recordedStrata());
        ReviewStrata strata = reviewedModel == null || reviewedModel.errors().equals(errorRows.errors())
                ? own
                : own.splitBy(reviewedModel.errors());
        boolean thresholded = binary && outcomes.hasScores();
        // The rows' kinds under the prediction column and, with scores, under the threshold: the slices and
        // the overall rates are counted from them.
        List<RowKinds> kinds = thresholded
                ? RowKinds.under(
                        outcomes,
                        errorRows,
                        BinaryDecision.fromPrediction(outcomes),
                        BinaryDecision.atThreshold(outcomes, settings.threshold()))
                : List.of(RowKinds.of(outcomes, errorRows, binary ? BinaryDecision.fromPrediction(outcomes) : null));
        List<List<SliceTable>> slices = thresholded && roles.prediction() != null
                ? SliceTable.byPredictionAndThreshold(outcomes, kinds.get(0), kinds.get(1), partitions)
                : List.of(SliceTable.all(outcomes, kinds.get(0), partitions, binary), List.of());
        return new MetricsSnapshot(
                task,
                outcomes.classes(),
                outcomes.rowCount(),
                outcomes.unevaluableRows(),
                settings,
                errorRows,
                strata,
                task.isClassification() ? ClassificationMetrics.of(outcomes) : null,
                outcomes.hasScores() || outcomes.hasClassProbabilities() ? ScoreMetrics.of(outcomes) : null,
                binary ? kinds.get(0).decisionCounts().rates() : null,
                thresholded ? kinds.get(1).decisionCounts().rates() : null,
                task == Task.REGRESSION ? RegressionSums.over(outcomes) : null,
                task == Task.TRANSCRIPTION ? TranscriptionSums.over(outcomes) : null,
                slices.get(0),
                slices.get(1),
                TagMetrics.compute(tags, strata),
                outcomes.transcripts(),
                tagTranscriptions(outcomes.transcripts(), tags));
    }

    /** Each tag's word and character error rates over its rows; none unless a transcription. */
    private static List<TranscriptionMetrics> tagTranscriptions(Transcripts transcripts, List<TagInput> tags) {
        return transcripts == null
                ? List.of()
                : tags.stream()
                        .map(tag -> TranscriptionSums.over(transcripts, tag.members()))
                        .toList();
    }

    /**
     * The same snapshot with the review design stratified by another column (a new review queue), and
     * the tag metrics of {@code tagInputs} under it; nothing else is recomputed.
     */
    public MetricsSnapshot withStrataColumn(Dataset data, String column, List<TagInput> tagInputs) {
        MetricsSettings changed = settings.withStrataColumn(column);
        ReviewStrata now = ReviewStrata.of(data, errorRows, column).withRecordedSizes(settings.recordedStrata());
        return new MetricsSnapshot(
                task,
                classes,
                rows,
                unevaluableRows,
                changed,
                errorRows,
                now,
                classification,
                scores,
                predictionRates,
                thresholdRates,
                regression,
                transcription,
                slices,
                thresholdSlices,
                TagMetrics.compute(tagInputs, now),
                transcripts,
                tagTranscriptions);
    }

    /** The groups of each slice column and cross of the settings, in their order; the columns side by side. */
    public static List<RowGroups> partitions(Dataset data, MetricsSettings settings) {
        List<RowGroups> partitions = new ArrayList<>(settings.sliceColumns().parallelStream()
                .map(column -> RowGroups.of(data, column, settings.bins()))
                .toList());
        for (MetricsSettings.ColumnPair pair : settings.crosses()) {
            RowGroups cross = RowGroups.cross(
                    RowGroups.of(data, pair.first(), settings.bins()),
                    RowGroups.of(data, pair.second(), settings.bins()));
            partitions.add(cross);
        }
        return partitions;
    }

    /** The same snapshot with the tag metrics of other tags (after an edit); nothing else is recomputed. */
    public MetricsSnapshot withTags(List<TagInput> tagInputs) {
        return withTagMetrics(TagMetrics.compute(tagInputs, strata), tagInputs);
    }

    /** As {@link #withTags(List)}, recounting only the tags whose bitmaps {@code memo} has not counted. */
    public MetricsSnapshot withTags(List<TagInput> tagInputs, TagMetricsMemo memo) {
        return withTagMetrics(memo.metrics(tagInputs, strata), tagInputs);
    }

    private MetricsSnapshot withTagMetrics(List<TagMetrics> tagMetrics, List<TagInput> tagInputs) {
        return new MetricsSnapshot(
                task,
                classes,
                rows,
                unevaluableRows,
                settings,
                errorRows,
                strata,
                classification,
                scores,
                predictionRates,
                thresholdRates,
                regression,
                transcription,
                slices,
                thresholdSlices,
                tagMetrics,
                transcripts,
                tagTranscriptions(transcripts, tagInputs));
    }
}
