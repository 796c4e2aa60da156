package dev.errata.metrics;

/**
 * The metrics of one slice: the rows sharing a value (or bin, or cell of a cross). Error rate and accuracy
 * are over the slice's evaluable rows. Undefined values are NaN, written as {@code null} in JSON.
 *
 * @param binary for a binary task, the slice's rates of the decision (by default the prediction column)
 *     with their gaps to the overall rates; null for other tasks
 * @param regression for a regression, the slice's residual metrics; null for classification
 * @param transcription for a transcription, the slice's word and character error rates; null otherwise
 * @param scores the slice's score metrics (ROC AUC, average precision, log loss) when the data has scores;
 *     null otherwise
 */
public record Slice(
        String value,
        long rows,
        long evaluable,
        long errors,
        Proportion errorRate,
        Proportion accuracy,
        RateGaps binary,
        RegressionMetrics regression,
        TranscriptionMetrics transcription,
        ScoreMetrics scores) {}
