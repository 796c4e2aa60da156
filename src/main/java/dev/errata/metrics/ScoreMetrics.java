package dev.errata.metrics;

import dev.errata.data.Task;

/**
 * Metrics of the model's scores over the rows with a label. Rows whose score is missing (NaN) are left out
 * and counted in {@code unscoredRows}. Undefined values are NaN, written as {@code null} in JSON.
 *
 * <p>Binary: ROC AUC (Mann–Whitney, ties ½; NaN unless both classes occur), average precision (NaN without
 * positives), log loss and Brier score of the positive-class score; the weighted ROC AUC is the ROC AUC.
 * Multiclass: log loss from the probability of the true class as given (rows are not renormalised to sum
 * to 1, and a row whose true class has no probability column counts as unscored); ROC AUC one class against
 * the rest, macro and weighted by support ({@link OneVsRestAuc}); the Brier score Σₖ (pₖ − 1[y = k])²
 * averaged over the rows with a probability for every class, from 0 to 2 (scikit-learn's multiclass
 * {@code brier_score_loss}); average precision is NaN.
 */
public record ScoreMetrics(
        long scoredRows,
        long unscoredRows,
        double rocAuc,
        double rocAucWeighted,
        double averagePrecision,
        double logLoss,
        double brierScore) {

    /** Probabilities are clipped to [ε, 1 − ε] so a confident mistake costs a large but finite loss. */
    public static final double EPSILON = 1e-15;

    /** @throws IllegalArgumentException when the outcomes carry no scores */
    public static ScoreMetrics of(Outcomes outcomes) {
        return perGroup(outcomes, new int[outcomes.rowCount()], 1)[0];
    }

    /**
     * The metrics of each group of rows (e.g. the slices of a column), in one pass over the rows.
     *
     * @param groupOfRow the group of each row, in [0, groups)
     * @throws IllegalArgumentException when the outcomes carry no scores
     */
    public static ScoreMetrics[] perGroup(Outcomes outcomes, int[] groupOfRow, int groups) {
        ScoreSums[] sums = sums(outcomes, outcomes.scoreTerms(), groupOfRow, groups);
        ScoreMetrics[] metrics = new ScoreMetrics[groups];
        if (outcomes.task() == Task.BINARY) {
            ScoreRanking[] rankings = ScoreRanking.perGroup(outcomes, groupOfRow, groups);
            for (int g = 0; g < groups; g++) {
                ScoreSums s = sums[g];
                metrics[g] = new ScoreMetrics(
                        s.scored(),
                        s.unscored(),
                        rankings[g].rocAuc(),
                        rankings[g].rocAuc(),
                        rankings[g].averagePrecision(),
                        s.logLoss(),
                        s.brierScore());
            }
        } else {
            OneVsRestAuc[] aucs = OneVsRestAuc.perGroup(outcomes, groupOfRow, groups);
            for (int g = 0; g < groups; g++) {
                ScoreSums s = sums[g];
                metrics[g] = new ScoreMetrics(
                        s.scored(),
                        s.unscored(),
                        aucs[g].macro(),
                        aucs[g].weighted(),
                        Double.NaN,
                        s.logLoss(),
                        s.brierScore());
            }
        }
        return metrics;
    }

    /** Unlabelled rows count as neither scored nor unscored. */
    private static ScoreSums[] sums(Outcomes outcomes, ScoreTerms terms, int[] groupOfRow, int groups) {
        double[] logLoss = terms.logLoss();
        double[] squaredError = terms.squaredError();
        return RowChunks.reduce(
                logLoss.length,
                () -> ScoreSums.array(groups),
                (sums, from, to) -> {
                    for (int row = from; row < to; row++) {
                        if (outcomes.labelClass(row) >= 0) {
                            sums[groupOfRow[row]].add(logLoss[row], squaredError[row]);
                        }
                    }
                },
                (earlier, later) -> {
                    for (int g = 0; g < groups; g++) {
                        earlier[g].merge(later[g]);
                    }
                    return earlier;
                });
    }
}
