package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.ScoreRanking;
import dev.errata.metrics.ScoreSums;
import dev.errata.metrics.ScoreTerms;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The score metrics of a binary classification's positive-class score, counted by the desktop's own terms and
 * walk. Each partition sums its labelled rows' log-loss and Brier terms into the desktop's mergeable
 * {@link ScoreSums}. The ranking metrics (ROC AUC, average precision) are exact: the cluster groups the
 * scored rows by score, counting the positives and negatives of each score, and sorts the groups from the
 * highest score; the driver reads them in that order, a partition at a time, into the desktop's walk down the
 * scores ({@link ScoreRanking#ofRuns}), so it holds one partition of distinct scores, not the rows.
 */
final class ScoresOnSpark {

    private ScoresOnSpark() {}

    /**
     * @param positiveClass the positive class, whose probability the score column holds
     * @throws IllegalArgumentException when the score column holds a value that is not a probability
     */
    static ScoreMetrics count(Dataset<Row> data, String label, String score, String positiveClass) {
        SparkColumns.check(data, List.of(label, score));
        Column text = SparkColumns.named(score).cast("string");
        Column number = SparkColumns.named(score).cast("double");
        Dataset<Row> rows =
                data.select(SparkColumns.named(label).cast("string").as("label"), number.as("score"), text.as("text"));
        requireProbabilities(rows, score);
        Column labelled = col("label").isNotNull().and(col("label").notEqual(""));
        Column positive = col("label").equalTo(positiveClass);

        List<ScoreSums> parts = rows.where(labelled)
                .select(positive.as("positive"), col("score"))
                .javaRDD()
                .mapPartitions(sumPart())
                .collect();
        ScoreSums sums = new ScoreSums();
        parts.forEach(sums::merge);

        Iterator<Row> groups = rows.where(labelled.and(col("score").isNotNull()).and(not(isnan(col("score")))))
                .groupBy(col("score"))
                .agg(
                        sum(when(positive, 1L).otherwise(0L)).as("positives"),
                        sum(when(positive, 0L).otherwise(1L)).as("negatives"))
                .orderBy(col("score").desc())
                .toLocalIterator();
        ScoreRanking ranking = ScoreRanking.ofRuns(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public ScoreRanking.Run next() {
                Row group = groups.next();
                return new ScoreRanking.Run(group.getDouble(0), group.getLong(1), group.getLong(2));
            }
        });
        return new ScoreMetrics(
                sums.scored(),
                sums.unscored(),
                ranking.rocAuc(),
                ranking.rocAuc(),
                ranking.averagePrecision(),
                sums.logLoss(),
                sums.brierScore());
    }

    /** A partition's sums; a static factory so the function carries nothing to the executors. */
    private static FlatMapFunction<Iterator<Row>, ScoreSums> sumPart() {
        return rows -> {
            ScoreSums sums = new ScoreSums();
            while (rows.hasNext()) {
                Row row = rows.next();
                double score = row.isNullAt(1) ? Double.NaN : row.getDouble(1);
                double trueClass = row.getBoolean(0) ? score : 1 - score;
                sums.add(ScoreTerms.logLossTerm(trueClass), ScoreTerms.binarySquaredError(trueClass));
            }
            List<ScoreSums> one = new ArrayList<>(1);
            one.add(sums);
            return one.iterator();
        };
    }

    /** A score is a probability, as the desktop reads the column: a number from 0 to 1, or nothing. */
    private static void requireProbabilities(Dataset<Row> rows, String score) {
        Column bad = col("text")
                .isNotNull()
                .and(col("text").notEqual(""))
                .and(col("score")
                        .isNull()
                        .or(isnan(col("score")))
                        .or(col("score").lt(0))
                        .or(col("score").gt(1)));
        List<Row> first = rows.where(bad).select(col("text")).limit(1).collectAsList();
        if (!first.isEmpty()) {
            long count = rows.where(bad).count();
            throw new IllegalArgumentException("column \"" + score + "\" needs a probability from 0 to 1 but holds \""
                    + first.get(0).getString(0) + "\" (" + count + " such cells)");
        }
    }
}
