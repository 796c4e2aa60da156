package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.errata.metrics.QuantileBins;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.ScoreRanking;
import dev.errata.metrics.ScoreSums;
import dev.errata.metrics.ScoreTerms;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The score metrics of a binary classification's positive-class score in each group of each table (the
 * slices; overall, one table of one group), counted by the desktop's own terms and walk. Each partition sums
 * its labelled rows' log-loss and Brier terms per group into the desktop's mergeable {@link ScoreSums}. The
 * ranking metrics (ROC AUC, average precision) are exact: the cluster groups the scored rows by (table,
 * group, score), counting each score's positives and negatives, and sorts the groups from the highest
 * score; the driver reads them in that order, a partition at a time, into one walk of the desktop's down the
 * scores with a place per group ({@link ScoreRanking#ofRuns}), so it holds one partition of distinct scores,
 * never the rows.
 */
final class SliceScoresOnSpark {

    /** The score column at its position in a row, and the class its score is the probability of. */
    record Score(int at, String positiveClass) implements Serializable {}

    private SliceScoresOnSpark() {}

    /**
     * Per table, each group's score metrics; a group without labelled rows has none scored.
     *
     * @param rows label and prediction as text, the slice columns, then the score as a double at {@code score.at()}
     */
    static List<Map<List<String>, ScoreMetrics>> count(
            Dataset<Row> rows, int[][] positions, QuantileBins[] binned, Score score) {
        List<List<Map<List<String>, ScoreSums>>> parts =
                rows.javaRDD().mapPartitions(sumPart(positions, binned, score)).collect();
        List<Map<List<String>, ScoreSums>> sums = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < positions.length; t++) {
            Map<List<String>, ScoreSums> table = new LinkedHashMap<>();
            for (List<Map<List<String>, ScoreSums>> part : parts) {
                part.get(t).forEach((key, counted) -> table.merge(key, counted, ScoreSums::merge));
            }
            for (List<String> key : table.keySet()) {
                index.put(runKey(t, key), index.size());
            }
            sums.add(table);
        }

        StructType schema = new StructType()
                .add("group", DataTypes.StringType)
                .add("score", DataTypes.DoubleType)
                .add("positive", DataTypes.BooleanType);
        Iterator<Row> runs = rows.sparkSession()
                .createDataFrame(rows.javaRDD().mapPartitions(scoredPart(positions, binned, score)), schema)
                .groupBy(col("group"), col("score"))
                .agg(
                        sum(when(col("positive"), 1L).otherwise(0L)).as("positives"),
                        sum(when(col("positive"), 0L).otherwise(1L)).as("negatives"))
                .orderBy(col("score").desc())
                .toLocalIterator();
        ScoreRanking[] rankings = ScoreRanking.ofRuns(
                new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return runs.hasNext();
                    }

                    @Override
                    public ScoreRanking.Run next() {
                        Row run = runs.next();
                        return new ScoreRanking.Run(
                                index.get(run.getString(0)), run.getDouble(1), run.getLong(2), run.getLong(3));
                    }
                },
                index.size());

        List<Map<List<String>, ScoreMetrics>> metrics = new ArrayList<>();
        for (int t = 0; t < positions.length; t++) {
            Map<List<String>, ScoreMetrics> table = new HashMap<>();
            for (Map.Entry<List<String>, ScoreSums> group : sums.get(t).entrySet()) {
                ScoreSums s = group.getValue();
                ScoreRanking r = rankings[index.get(runKey(t, group.getKey()))];
                table.put(
                        group.getKey(),
                        new ScoreMetrics(
                                s.scored(),
                                s.unscored(),
                                r.rocAuc(),
                                r.rocAuc(),
                                r.averagePrecision(),
                                s.logLoss(),
                                s.brierScore()));
            }
            metrics.add(table);
        }
        return metrics;
    }

    /** The metrics of a group no labelled row is in. */
    static ScoreMetrics none() {
        return new ScoreMetrics(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** A partition's sums per group of each table; a static factory so the function carries only what it needs. */
    private static FlatMapFunction<Iterator<Row>, List<Map<List<String>, ScoreSums>>> sumPart(
            int[][] positions, QuantileBins[] binned, Score score) {
        return rows -> {
            List<Map<List<String>, ScoreSums>> tables = new ArrayList<>();
            for (int t = 0; t < positions.length; t++) {
                tables.add(new HashMap<>());
            }
            while (rows.hasNext()) {
                Row row = rows.next();
                String label = row.getString(0);
                if (!ClassificationOnSpark.present(label)) {
                    continue; // an unlabelled row is neither scored nor unscored
                }
                double p = row.isNullAt(score.at()) ? Double.NaN : row.getDouble(score.at());
                double trueClass = label.equals(score.positiveClass()) ? p : 1 - p;
                double logLoss = ScoreTerms.logLossTerm(trueClass);
                double squaredError = ScoreTerms.binarySquaredError(trueClass);
                for (int t = 0; t < positions.length; t++) {
                    tables.get(t)
                            .computeIfAbsent(SlicesOnSpark.keyOf(row, positions[t], binned), k -> new ScoreSums())
                            .add(logLoss, squaredError);
                }
            }
            List<List<Map<List<String>, ScoreSums>>> one = new ArrayList<>(1);
            one.add(tables);
            return one.iterator();
        };
    }

    /** Each labelled row with a score, once per table: its group, its score, whether it is positive. */
    private static FlatMapFunction<Iterator<Row>, Row> scoredPart(
            int[][] positions, QuantileBins[] binned, Score score) {
        // lazily, a row a table at a time: a partition's rows are not held
        return rows -> new Iterator<>() {
            private Row row;
            private boolean positive;
            private int table = positions.length;

            @Override
            public boolean hasNext() {
                while (table == positions.length) {
                    if (!rows.hasNext()) {
                        return false;
                    }
                    Row next = rows.next();
                    String label = next.getString(0);
                    if (ClassificationOnSpark.present(label)
                            && !next.isNullAt(score.at())
                            && !Double.isNaN(next.getDouble(score.at()))) {
                        row = next;
                        positive = label.equals(score.positiveClass());
                        table = 0;
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                Row scored = RowFactory.create(
                        runKey(table, SlicesOnSpark.keyOf(row, positions[table], binned)),
                        row.getDouble(score.at()),
                        positive);
                table++;
                return scored;
            }
        };
    }

    /** A group of a table as one text: the table's number, then each value, a missing one marked apart. */
    private static String runKey(int table, List<String> key) {
        StringBuilder text = new StringBuilder().append(table);
        for (String value : key) {
            text.append('\u0000').append(value == null ? "\u0001" : value);
        }
        return text.toString();
    }
}
