package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.errata.data.ClassOrder;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSettings.ColumnPair;
import dev.errata.metrics.QuantileBins;
import dev.errata.metrics.RowGroups;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.SliceCounts;
import dev.errata.metrics.SliceTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The slices of each slice column and cross, as the desktop shows them: each partition counts its rows per
 * group into a {@link GroupCounts} (the desktop's mergeable accumulators), the driver merges the parts and
 * the desktop's {@link SliceTable} turns the merged counts into slices, gaps and spreads. Groups are in the
 * desktop's order: a text column's values in class order (a numeric column's quantile bins) with {@value RowGroups#MISSING} last, a cross's occupied
 * cells by its first column then its second.
 */
final class SlicesOnSpark {

    /** The desktop's numbers: plain decimal notation only (not "NaN", "Infinity" or hex). */
    private static final String NUMBER = "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

    private SlicesOnSpark() {}

    /**
     * @param classes the number of classes of a classification, {@link GroupCounts#MEASURED} for a regression
     * @param positive a binary classification's positive class, -1 for other tasks
     * @param score a binary classification's score column and positive class; null for none
     * @throws IllegalArgumentException naming a slice column the data does not have
     */
    static Tables count(
            Dataset<Row> data,
            Roles roles,
            Task task,
            int classes,
            int positive,
            GroupCounts.RowCounter counter,
            ScoreColumn score) {
        if (roles.sliceColumns().isEmpty() && roles.crosses().isEmpty()) {
            return new Tables(List.of(), List.of());
        }
        List<String> columns = roles.groupingColumns();
        Dataset<Row> rows = SparkColumns.roles(
                data,
                roles.label(),
                roles.prediction(),
                roles.type(),
                columns,
                score == null ? List.of() : score.present());
        // the bins of each numeric column at its position in a row, null for text
        QuantileBins[] binned = new QuantileBins[2 + columns.size()];
        for (int i : numericColumns(rows, "slice", columns.size())) {
            binned[2 + i] = bins(rows.select(col("slice" + i).cast("double").as("value")), roles.bins());
        }
        List<List<String>> tables = roles.tables();
        int[][] positions = new int[tables.size()][];
        for (int t = 0; t < tables.size(); t++) {
            positions[t] =
                    tables.get(t).stream().mapToInt(c -> 2 + columns.indexOf(c)).toArray();
        }
        List<PartGroups> parts = rows.javaRDD()
                .mapPartitions(countPart(positions, binned, classes, counter))
                .collect();
        List<Map<List<String>, SliceScoresOnSpark.Scored>> scores =
                score == null ? null : SliceScoresOnSpark.count(rows, positions, binned, score.at(2 + columns.size()));
        List<SliceTable> sliceTables = new ArrayList<>();
        List<SliceTable> atThreshold = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Map<List<String>, GroupCounts> merged = new LinkedHashMap<>();
            for (PartGroups part : parts) {
                for (Map.Entry<List<String>, GroupCounts> group :
                        part.tables().get(t).entrySet()) {
                    merged.merge(group.getKey(), group.getValue(), GroupCounts::merge);
                }
            }
            QuantileBins[] tableBins =
                    Arrays.stream(positions[t]).mapToObj(at -> binned[at]).toArray(QuantileBins[]::new);
            Map<List<String>, SliceScoresOnSpark.Scored> tableScores = scores == null ? null : scores.get(t);
            sliceTables.add(table(tables.get(t), tableBins, merged, task, positive, tableScores, false));
            if (score != null && score.isBinary()) {
                atThreshold.add(table(tables.get(t), tableBins, merged, task, positive, tableScores, true));
            }
        }
        return new Tables(sliceTables, atThreshold);
    }

    /**
     * The tables of the slices with the rates of the prediction column, and, for a binary score, the same with
     * the rates of the score's decision at the threshold (else none).
     */
    record Tables(List<SliceTable> byPrediction, List<SliceTable> atThreshold) {}

    /**
     * The columns the desktop reads as numbers, by their index: those with a value whose every present value
     * is a number. The columns are text named {@code prefix0}, {@code prefix1}…
     */
    static List<Integer> numericColumns(Dataset<Row> rows, String prefix, int count) {
        List<Column> tallies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Column value = col(prefix + i);
            tallies.add(functions.count(value));
            tallies.add(sum(
                    when(value.isNotNull().and(not(value.rlike(NUMBER))), 1).otherwise(0)));
        }
        Row tally = rows.agg(tallies.get(0), tallies.subList(1, tallies.size()).toArray(Column[]::new))
                .first();
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (tally.getLong(2 * i) > 0 && tally.getLong(2 * i + 1) == 0) {
                numeric.add(i);
            }
        }
        return numeric;
    }

    /**
     * The desktop's quantile bins of a numeric column, exact: each distinct value its own bin when there are
     * no more than {@code bins}, else edges at the order statistics the desktop takes, from a sort on the
     * cluster.
     */
    private static QuantileBins bins(Dataset<Row> column, int bins) { // one column, "value"
        Dataset<Row> values = column.where(col("value").isNotNull());
        double[] few = values.distinct().limit(bins + 1).collectAsList().stream()
                .mapToDouble(row -> row.getDouble(0))
                .sorted()
                .toArray();
        if (few.length <= bins) {
            return QuantileBins.ofEachValue(few);
        }
        long present = values.count();
        if (present > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "the desktop bins at most " + Integer.MAX_VALUE + " values of a column, not " + present);
        }
        long[] ranks = Arrays.stream(QuantileBins.ranks((int) present, bins))
                .asLongStream()
                .toArray();
        return QuantileBins.ofOrderStatistics(SortedValues.at(values, ranks));
    }

    /** A partition's groups, one map per table; a static factory so the function carries only what it needs. */
    private static FlatMapFunction<Iterator<Row>, PartGroups> countPart(
            int[][] positions, QuantileBins[] binned, int classes, GroupCounts.RowCounter counter) {
        return rows -> {
            List<HashMap<List<String>, GroupCounts>> tables = new ArrayList<>(positions.length);
            for (int t = 0; t < positions.length; t++) {
                tables.add(new HashMap<>());
            }
            while (rows.hasNext()) {
                Row row = rows.next();
                for (int t = 0; t < positions.length; t++) {
                    counter.add(
                            tables.get(t)
                                    .computeIfAbsent(keyOf(row, positions[t], binned), k -> new GroupCounts(classes)),
                            row);
                }
            }
            List<PartGroups> one = new ArrayList<>(1);
            one.add(new PartGroups(tables));
            return one.iterator();
        };
    }

    /**
     * A row's group in a table of the columns at {@code positions}: each column's value, a numeric column's bin
     * number instead (numbered so that class order is bin order), null where missing.
     */
    static List<String> keyOf(Row row, int[] positions, QuantileBins[] binned) {
        String[] key = new String[positions.length];
        for (int i = 0; i < key.length; i++) {
            int at = positions[i];
            String value = row.getString(at);
            if (ClassificationOnSpark.present(value)) {
                key[i] = binned[at] == null ? value : Integer.toString(binned[at].binOf(Double.parseDouble(value)));
            }
        }
        return Arrays.asList(key);
    }

    /** The table of one column or cross, its groups in the desktop's order. */
    private static SliceTable table(
            List<String> columns,
            QuantileBins[] bins,
            Map<List<String>, GroupCounts> groups,
            Task task,
            int positive,
            Map<List<String>, SliceScoresOnSpark.Scored> scores,
            boolean atThreshold) {
        List<Comparator<List<String>>> byColumn = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int at = i;
            List<String> values = ClassOrder.sorted(groups.keySet().stream()
                    .map(key -> key.get(at))
                    .filter(value -> value != null)
                    .distinct()
                    .toList());
            Map<String, Integer> rank = new HashMap<>();
            for (int r = 0; r < values.size(); r++) {
                rank.put(values.get(r), r);
            }
            byColumn.add(Comparator.comparingInt(key -> key.get(at) == null ? values.size() : rank.get(key.get(at))));
        }
        List<List<String>> order = new ArrayList<>(groups.keySet());
        order.sort(byColumn.stream().reduce(Comparator::thenComparing).orElseThrow());
        SliceCounts[] counts = new SliceCounts[order.size()];
        ScoreMetrics[] groupScores = scores == null ? null : new ScoreMetrics[order.size()];
        for (int g = 0; g < counts.length; g++) {
            SliceScoresOnSpark.Scored scored =
                    scores == null ? null : scores.getOrDefault(order.get(g), SliceScoresOnSpark.none());
            counts[g] = atThreshold
                    ? groups.get(order.get(g)).slice(positive, scored.atThreshold())
                    : groups.get(order.get(g)).slice(positive);
            if (groupScores != null) {
                groupScores[g] = scored.metrics();
            }
        }
        return SliceTable.of(
                String.join(RowGroups.CROSS, columns),
                g -> {
                    List<String> key = order.get(g);
                    List<String> labels = new ArrayList<>(key.size());
                    for (int i = 0; i < key.size(); i++) {
                        String value = key.get(i);
                        labels.add(
                                value == null
                                        ? RowGroups.MISSING
                                        : bins[i] == null
                                                ? value
                                                : bins[i].labels().get(Integer.parseInt(value)));
                    }
                    return String.join(RowGroups.CROSS, labels);
                },
                task,
                counts,
                task == Task.BINARY,
                groupScores);
    }

    /**
     * The columns the job reads and how it slices them.
     *
     * @param type the type the label and prediction are read as: "string" for a classification, "double" for a
     *     regression
     */
    record Roles(
            String label,
            String prediction,
            String type,
            List<String> sliceColumns,
            List<ColumnPair> crosses,
            int bins) {

        Roles {
            sliceColumns = List.copyOf(sliceColumns);
            crosses = List.copyOf(crosses);
            if (bins < 1) {
                throw new IllegalArgumentException("--bins must be at least 1, not " + bins);
            }
        }

        /** With the desktop's default number of quantile bins. */
        Roles(String label, String prediction, String type, List<String> sliceColumns, List<ColumnPair> crosses) {
            this(label, prediction, type, sliceColumns, crosses, MetricsSettings.DEFAULT_BINS);
        }

        /** Each table's columns: one per slice column, two per cross, in the desktop's order of tables. */
        List<List<String>> tables() {
            List<List<String>> tables = new ArrayList<>();
            sliceColumns.forEach(column -> tables.add(List.of(column)));
            crosses.forEach(pair -> tables.add(List.of(pair.first(), pair.second())));
            return tables;
        }

        /** The distinct columns the tables read. */
        List<String> groupingColumns() {
            return tables().stream().flatMap(List::stream).distinct().toList();
        }
    }

    /**
     * A classification's score columns: a binary one's score and the class it is the probability of, or each
     * class's probability column (null where a class has none).
     */
    record ScoreColumn(List<String> columns, List<String> classes, String positiveClass, double threshold) {

        static ScoreColumn binary(String column, String positiveClass, double threshold) {
            return new ScoreColumn(List.of(column), null, positiveClass, threshold);
        }

        static ScoreColumn multiclass(List<String> columns, List<String> classes) {
            return new ScoreColumn(
                    java.util.Collections.unmodifiableList(new ArrayList<>(columns)), classes, null, Double.NaN);
        }

        boolean isBinary() {
            return classes == null;
        }

        /** The columns there are, in order. */
        List<String> present() {
            return columns.stream().filter(c -> c != null).toList();
        }

        /** Where each column is in a row whose scores begin at {@code first}: -1 for a class without one. */
        SliceScoresOnSpark.Score at(int first) {
            int[] at = new int[columns.size()];
            int next = first;
            for (int c = 0; c < at.length; c++) {
                at[c] = columns.get(c) == null ? -1 : next++;
            }
            return classes == null
                    ? SliceScoresOnSpark.Score.binary(at[0], positiveClass, threshold)
                    : SliceScoresOnSpark.Score.multiclass(at, classes);
        }
    }

    /** The groups one partition counted, one map per table. */
    record PartGroups(List<HashMap<List<String>, GroupCounts>> tables) implements Serializable {}
}
