package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;

import dev.errata.metrics.QuantileBins;
import dev.errata.metrics.ScoreMetrics;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The score metrics of a binary classification's positive-class score over all rows: the slices' count
 * ({@link SliceScoresOnSpark}) of one table whose one group holds every row.
 */
final class ScoresOnSpark {

    private ScoresOnSpark() {}

    /**
     * @param positiveClass the positive class, whose probability the score column holds
     * @throws IllegalArgumentException when the score column holds a value that is not a probability
     */
    static ScoreMetrics count(Dataset<Row> data, String label, String prediction, String score, String positiveClass) {
        requireProbabilities(data, score);
        Dataset<Row> rows = SparkColumns.roles(data, label, prediction, "string", List.of(), score);
        return SliceScoresOnSpark.count(
                        rows, new int[][] {{}}, new QuantileBins[2], new SliceScoresOnSpark.Score(2, positiveClass))
                .get(0)
                .getOrDefault(List.of(), SliceScoresOnSpark.none());
    }

    /** A score is a probability, as the desktop reads the column: a number from 0 to 1, or nothing. */
    private static void requireProbabilities(Dataset<Row> data, String score) {
        SparkColumns.check(data, List.of(score));
        Dataset<Row> cells = data.select(
                SparkColumns.named(score).cast("string").as("text"),
                SparkColumns.named(score).cast("double").as("score"));
        Column bad = col("text")
                .isNotNull()
                .and(col("text").notEqual(""))
                .and(col("score")
                        .isNull()
                        .or(isnan(col("score")))
                        .or(col("score").lt(0))
                        .or(col("score").gt(1)));
        List<Row> first = cells.where(bad).select(col("text")).limit(1).collectAsList();
        if (!first.isEmpty()) {
            long count = cells.where(bad).count();
            throw new IllegalArgumentException("column \"" + score + "\" needs a probability from 0 to 1 but holds \""
                    + first.get(0).getString(0) + "\" (" + count + " such cells)");
        }
    }
}
