package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.errata.metrics.OneVsRestAuc;
import dev.errata.metrics.QuantileBins;
import dev.errata.metrics.RateCounts;
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

    /**
     * The score columns at their positions in a row, and the classes they are the probabilities of.
     *
     * @param at a binary score's position; else each class's probability column's position, -1 where a class has
     *     none
     * @param classes null for a binary score; else the classes, in order
     * @param positiveClass the class a binary score is the probability of
     * @param threshold the score at or above which a binary decision is positive; NaN for classes
     */
    record Score(int[] at, List<String> classes, String positiveClass, double threshold) implements Serializable {

        static Score binary(int at, String positiveClass, double threshold) {
            return new Score(new int[] {at}, null, positiveClass, threshold);
        }

        static Score multiclass(int[] at, List<String> classes) {
            return new Score(at, List.copyOf(classes), null, Double.NaN);
        }

        boolean isBinary() {
            return classes == null;
        }

        /** The rankings a group needs: one of its score, or one a class against the rest. */
        int rankings() {
            return isBinary() ? 1 : classes.size();
        }
    }

    /**
     * What a group of rows summed: its terms; for classes, how many rows of each have every probability; for a
     * binary score, the four cells of its decision at the threshold (true and false positives, true and false
     * negatives), over the labelled rows with a score, as the desktop's decision at a threshold counts them.
     */
    static final class GroupScores implements Serializable {
        final ScoreSums sums = new ScoreSums();
        final long[] support;
        final long[] atThreshold = new long[4];

        GroupScores(int classes) {
            support = new long[classes];
        }

        GroupScores merge(GroupScores other) {
            sums.merge(other.sums);
            for (int c = 0; c < support.length; c++) {
                support[c] += other.support[c];
            }
            for (int cell = 0; cell < atThreshold.length; cell++) {
                atThreshold[cell] += other.atThreshold[cell];
            }
            return this;
        }

        RateCounts rates() {
            return new RateCounts(atThreshold[0], atThreshold[1], atThreshold[2], atThreshold[3]);
        }
    }

    /** A group's score metrics, and for a binary score the counts of its decision at the threshold. */
    record Scored(ScoreMetrics metrics, RateCounts atThreshold) {}

    private SliceScoresOnSpark() {}

    /**
     * Per table, each group's score metrics; a group without labelled rows has none scored.
     *
     * @param rows label and prediction as text, the slice columns, then the scores as doubles where {@code score}
     *     says
     */
    static List<Map<List<String>, Scored>> count(
            Dataset<Row> rows, int[][] positions, QuantileBins[] binned, Score score) {
        List<List<Map<List<String>, GroupScores>>> parts =
                rows.javaRDD().mapPartitions(sumPart(positions, binned, score)).collect();
        List<Map<List<String>, GroupScores>> sums = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < positions.length; t++) {
            Map<List<String>, GroupScores> table = new LinkedHashMap<>();
            for (List<Map<List<String>, GroupScores>> part : parts) {
                part.get(t).forEach((key, counted) -> table.merge(key, counted, GroupScores::merge));
            }
            for (List<String> key : table.keySet()) {
                for (int r = 0; r < score.rankings(); r++) {
                    index.put(runKey(t, key, r), index.size());
                }
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

        List<Map<List<String>, Scored>> metrics = new ArrayList<>();
        for (int t = 0; t < positions.length; t++) {
            Map<List<String>, Scored> table = new HashMap<>();
            for (Map.Entry<List<String>, GroupScores> group : sums.get(t).entrySet()) {
                ScoreSums s = group.getValue().sums;
                double auc;
                double weighted;
                double averagePrecision;
                if (score.isBinary()) {
                    ScoreRanking r = rankings[index.get(runKey(t, group.getKey(), 0))];
                    auc = r.rocAuc();
                    weighted = auc;
                    averagePrecision = r.averagePrecision();
                } else {
                    double[] aucs = new double[score.rankings()];
                    for (int c = 0; c < aucs.length; c++) {
                        aucs[c] = rankings[index.get(runKey(t, group.getKey(), c))].rocAuc();
                    }
                    OneVsRestAuc ovr = OneVsRestAuc.averaged(aucs, group.getValue().support);
                    auc = ovr.macro();
                    weighted = ovr.weighted();
                    averagePrecision = Double.NaN;
                }
                table.put(
                        group.getKey(),
                        new Scored(
                                new ScoreMetrics(
                                        s.scored(),
                                        s.unscored(),
                                        auc,
                                        weighted,
                                        averagePrecision,
                                        s.logLoss(),
                                        s.brierScore()),
                                group.getValue().rates()));
            }
            metrics.add(table);
        }
        return metrics;
    }

    /** The metrics of a group no labelled row is in. */
    static Scored none() {
        return new Scored(
                new ScoreMetrics(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN), new RateCounts());
    }

    /** A partition's sums per group of each table; a static factory so the function carries only what it needs. */
    private static FlatMapFunction<Iterator<Row>, List<Map<List<String>, GroupScores>>> sumPart(
            int[][] positions, QuantileBins[] binned, Score score) {
        return rows -> {
            List<Map<List<String>, GroupScores>> tables = new ArrayList<>();
            for (int t = 0; t < positions.length; t++) {
                tables.add(new HashMap<>());
            }
            int classes = score.isBinary() ? 0 : score.classes().size();
            double[] probabilities = new double[score.at().length];
            while (rows.hasNext()) {
                Row row = rows.next();
                String label = row.getString(0);
                if (!ClassificationOnSpark.present(label)) {
                    continue; // an unlabelled row is neither scored nor unscored
                }
                boolean complete = read(row, score.at(), probabilities);
                int labelClass = score.isBinary() ? -1 : score.classes().indexOf(label);
                double trueClass = score.isBinary()
                        ? (label.equals(score.positiveClass()) ? probabilities[0] : 1 - probabilities[0])
                        : probabilities[labelClass];
                double logLoss = ScoreTerms.logLossTerm(trueClass);
                double squaredError = score.isBinary()
                        ? ScoreTerms.binarySquaredError(trueClass)
                        : ScoreTerms.multiclassSquaredError(classes, labelClass, trueClass, c -> probabilities[c]);
                for (int t = 0; t < positions.length; t++) {
                    GroupScores group = tables.get(t)
                            .computeIfAbsent(
                                    SlicesOnSpark.keyOf(row, positions[t], binned), k -> new GroupScores(classes));
                    group.sums.add(logLoss, squaredError);
                    if (complete && classes > 0) {
                        group.support[labelClass]++;
                    }
                    if (complete && classes == 0) {
                        boolean actual = label.equals(score.positiveClass());
                        boolean decided = probabilities[0] >= score.threshold();
                        group.atThreshold[decided ? (actual ? 0 : 1) : (actual ? 3 : 2)]++;
                    }
                }
            }
            List<List<Map<List<String>, GroupScores>>> one = new ArrayList<>(1);
            one.add(tables);
            return one.iterator();
        };
    }

    /** Reads a row's scores, NaN where missing; whether every one is there. */
    private static boolean read(Row row, int[] at, double[] into) {
        boolean complete = true;
        for (int c = 0; c < at.length; c++) {
            into[c] = at[c] < 0 || row.isNullAt(at[c]) ? Double.NaN : row.getDouble(at[c]);
            complete &= !Double.isNaN(into[c]);
        }
        return complete;
    }

    /**
     * Each labelled row with its scores, once per table and ranking: its group, the score, whether it is of the
     * ranked class. A multiclass row counts where it has every class's probability, as the desktop counts it.
     */
    private static FlatMapFunction<Iterator<Row>, Row> scoredPart(
            int[][] positions, QuantileBins[] binned, Score score) {
        int rankings = score.rankings();
        // lazily, a row a table and ranking at a time: a partition's rows are not held
        return rows -> new Iterator<>() {
            private Row row;
            private int labelClass;
            private final double[] probabilities = new double[score.at().length];
            private int next = positions.length * rankings;

            @Override
            public boolean hasNext() {
                while (next == positions.length * rankings) {
                    if (!rows.hasNext()) {
                        return false;
                    }
                    Row candidate = rows.next();
                    String label = candidate.getString(0);
                    if (ClassificationOnSpark.present(label) && read(candidate, score.at(), probabilities)) {
                        row = candidate;
                        labelClass = score.isBinary()
                                ? (label.equals(score.positiveClass()) ? 0 : -1)
                                : score.classes().indexOf(label);
                        next = 0;
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                int table = next / rankings;
                int ranked = next % rankings;
                next++;
                return RowFactory.create(
                        runKey(table, SlicesOnSpark.keyOf(row, positions[table], binned), ranked),
                        probabilities[ranked],
                        labelClass == ranked);
            }
        };
    }

    /** A ranking of a group of a table as one text: the table's number, each value (a missing one marked apart), the ranking. */
    private static String runKey(int table, List<String> key, int ranking) {
        StringBuilder text = new StringBuilder().append(table);
        for (String value : key) {
            text.append('\u0000').append(value == null ? "\u0001" : value);
        }
        return text.append('\u0002').append(ranking).toString();
    }
}
