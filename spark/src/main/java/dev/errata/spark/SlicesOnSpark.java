package dev.errata.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.errata.data.ClassOrder;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings.ColumnPair;
import dev.errata.metrics.RowGroups;
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
 * desktop's order: a column's values in class order with {@value RowGroups#MISSING} last, a cross's occupied
 * cells by its first column then its second.
 */
final class SlicesOnSpark {

    /** The desktop's numbers: plain decimal notation only (not "NaN", "Infinity" or hex). */
    private static final String NUMBER = "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

    private SlicesOnSpark() {}

    /**
     * @param classes the number of classes of a classification, {@link GroupCounts#MEASURED} for a regression
     * @param positive a binary classification's positive class, -1 for other tasks
     * @throws IllegalArgumentException naming a slice column the data does not have, or a numeric one
     */
    static List<SliceTable> count(
            Dataset<Row> data, Roles roles, Task task, int classes, int positive, GroupCounts.RowCounter counter) {
        if (roles.sliceColumns().isEmpty() && roles.crosses().isEmpty()) {
            return List.of();
        }
        List<String> columns = roles.groupingColumns();
        Dataset<Row> rows = SparkColumns.roles(data, roles.label(), roles.prediction(), roles.type(), columns);
        refuseNumeric(rows, columns);
        List<List<String>> tables = roles.tables();
        int[][] positions = new int[tables.size()][];
        for (int t = 0; t < tables.size(); t++) {
            positions[t] =
                    tables.get(t).stream().mapToInt(c -> 2 + columns.indexOf(c)).toArray();
        }
        List<PartGroups> parts = rows.javaRDD()
                .mapPartitions(countPart(positions, classes, counter))
                .collect();
        List<SliceTable> sliceTables = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            Map<List<String>, GroupCounts> merged = new LinkedHashMap<>();
            for (PartGroups part : parts) {
                for (Map.Entry<List<String>, GroupCounts> group :
                        part.tables().get(t).entrySet()) {
                    merged.merge(group.getKey(), group.getValue(), GroupCounts::merge);
                }
            }
            sliceTables.add(table(tables.get(t), merged, task, positive));
        }
        return sliceTables;
    }

    /** The desktop bins a numeric column by quantiles, which the job does not compute: refused, not miscounted. */
    private static void refuseNumeric(Dataset<Row> rows, List<String> columns) {
        List<Column> tallies = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column value = col("slice" + i);
            tallies.add(functions.count(value));
            tallies.add(sum(
                    when(value.isNotNull().and(not(value.rlike(NUMBER))), 1).otherwise(0)));
        }
        Row tally = rows.agg(tallies.get(0), tallies.subList(1, tallies.size()).toArray(Column[]::new))
                .first();
        for (int i = 0; i < columns.size(); i++) {
            long present = tally.getLong(2 * i);
            long text = tally.getLong(2 * i + 1);
            if (present > 0 && text == 0) {
                throw new IllegalArgumentException("the slice column \"" + columns.get(i)
                        + "\" holds numbers, which the desktop slices by quantile bins; the Spark job slices"
                        + " by text columns only");
            }
        }
    }

    /** A partition's groups, one map per table; a static factory so the function carries only what it needs. */
    private static FlatMapFunction<Iterator<Row>, PartGroups> countPart(
            int[][] positions, int classes, GroupCounts.RowCounter counter) {
        return rows -> {
            List<HashMap<List<String>, GroupCounts>> tables = new ArrayList<>(positions.length);
            for (int t = 0; t < positions.length; t++) {
                tables.add(new HashMap<>());
            }
            while (rows.hasNext()) {
                Row row = rows.next();
                for (int t = 0; t < positions.length; t++) {
                    String[] key = new String[positions[t].length];
                    for (int i = 0; i < key.length; i++) {
                        String value = row.getString(positions[t][i]);
                        key[i] = ClassificationOnSpark.present(value) ? value : null;
                    }
                    counter.add(tables.get(t).computeIfAbsent(Arrays.asList(key), k -> new GroupCounts(classes)), row);
                }
            }
            List<PartGroups> one = new ArrayList<>(1);
            one.add(new PartGroups(tables));
            return one.iterator();
        };
    }

    /** The table of one column or cross, its groups in the desktop's order. */
    private static SliceTable table(
            List<String> columns, Map<List<String>, GroupCounts> groups, Task task, int positive) {
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
        for (int g = 0; g < counts.length; g++) {
            counts[g] = groups.get(order.get(g)).slice(positive);
        }
        return SliceTable.of(
                String.join(RowGroups.CROSS, columns),
                g -> String.join(
                        RowGroups.CROSS,
                        order.get(g).stream()
                                .map(value -> value == null ? RowGroups.MISSING : value)
                                .toList()),
                task,
                counts,
                task == Task.BINARY,
                null);
    }

    /**
     * The columns the job reads and how it slices them.
     *
     * @param type the type the label and prediction are read as: "string" for a classification, "double" for a
     *     regression
     */
    record Roles(String label, String prediction, String type, List<String> sliceColumns, List<ColumnPair> crosses) {

        Roles {
            sliceColumns = List.copyOf(sliceColumns);
            crosses = List.copyOf(crosses);
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

    /** The groups one partition counted, one map per table. */
    record PartGroups(List<HashMap<List<String>, GroupCounts>> tables) implements Serializable {}
}
