package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;

import dev.errata.metrics.QuantileBins;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The score metrics of a classification's scores over all rows (a binary one's positive-class score, or each
 * class's probability): the slices' count ({@link SliceScoresOnSpark}) of one table whose one group holds
 * every row.
 */
final class ScoresOnSpark {

    private ScoresOnSpark() {}

    /** @throws IllegalArgumentException when a score column holds a value that is not a probability */
    static SliceScoresOnSpark.Scored count(
            Dataset<Row> data, String label, String prediction, SlicesOnSpark.ScoreColumn scores) {
        scores.present().forEach(column -> requireProbabilities(data, column));
        Dataset<Row> rows = SparkColumns.roles(data, label, prediction, "string", List.of(), scores.present());
        return SliceScoresOnSpark.count(rows, new int[][] {{}}, new QuantileBins[2], scores.at(2))
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
