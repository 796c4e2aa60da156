package dev.errata.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.errata.data.ClassOrder;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.QuantileBins;
import dev.errata.metrics.ReviewSampler;
import dev.errata.metrics.RowGroups;
import dev.errata.tags.ReviewQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The desktop's review sample drawn from the whole data: the strata counted over all rows, each stratum's
 * share taken from {@link ReviewSampler#allocation}, and its rows those with the smallest seeded random keys
 * (bottom-k: each partition keeps its k smallest, the driver the k smallest of those), which is a uniform draw
 * without replacement within the stratum, the same for a seed on the same input.
 */
final class SampleOnSpark {

    private static final String ERROR = "_errata_error";
    private static final String GROUP = "_errata_group";
    private static final String KEY = "_errata_key";

    /** The queue, over the rows drawn: their positions in {@code rows}. */
    record Drawn(ReviewQueue queue, List<String> columns, List<Row> rows) {}

    private SampleOnSpark() {}

    /**
     * @param by the column whose values split errors and correct rows further, as the desktop's strata; null for
     *     none
     * @throws IllegalArgumentException naming a column the data does not have
     */
    static Drawn draw(
            Dataset<Row> data, String label, String prediction, String by, int errors, int correct, long seed) {
        List<String> columns = List.of(data.columns());
        SparkColumns.check(data, by == null ? List.of(label, prediction) : List.of(label, prediction, by));
        Dataset<Row> keyed = data.withColumn(
                        ERROR,
                        not(SparkColumns.named(label)
                                .cast("string")
                                .eqNullSafe(SparkColumns.named(prediction).cast("string"))))
                .withColumn(GROUP, by == null ? lit("") : group(data, by))
                .withColumn(KEY, xxhash64(lit(seed), monotonically_increasing_id()));

        Map<String, Long> sizes = new HashMap<>();
        for (Row r : keyed.groupBy(ERROR, GROUP).count().collectAsList()) {
            sizes.put(stratum(r.getBoolean(0), r.getString(1)), r.getLong(2));
        }
        Design design = design(sizes, by, errors, correct);
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (int h = 0; h < design.keys().size(); h++) {
            wanted.put(design.keys().get(h), design.strata().get(h).drawn());
        }

        int error = keyed.schema().fieldIndex(ERROR);
        int group = keyed.schema().fieldIndex(GROUP);
        int order = keyed.schema().fieldIndex(KEY);
        List<Row> kept = keyed.mapPartitions(
                        (MapPartitionsFunction<Row, Row>) rows -> smallest(rows, wanted, error, group, order),
                        Encoders.row(keyed.schema()))
                .collectAsList();
        Map<String, List<Row>> byStratum = new HashMap<>();
        for (Row r : kept) {
            byStratum
                    .computeIfAbsent(stratum(r.getBoolean(error), r.getString(group)), k -> new ArrayList<>())
                    .add(r);
        }
        List<Row> rows = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        for (int h = 0; h < design.keys().size(); h++) {
            List<Row> drawn = byStratum.getOrDefault(design.keys().get(h), List.of()).stream()
                    .sorted(Comparator.comparingLong(r -> r.getLong(order)))
                    .limit(design.strata().get(h).drawn())
                    .toList();
            int[] at = new int[drawn.size()];
            for (int j = 0; j < at.length; j++) {
                at[j] = rows.size();
                rows.add(drawn.get(j));
            }
            positions.add(at);
        }
        ReviewQueue queue = ReviewSampler.queue(seed, errors, correct, by, design.strata(), positions);
        return new Drawn(queue, columns, rows);
    }

    /**
     * A row's group by the column {@code by}, named as the desktop names its strata: a text column's value; a
     * numeric column's bin, which for a column of no more values than the desktop's bins is each value, labelled
     * as the desktop labels it; (missing) where empty.
     *
     * @throws IllegalArgumentException for a numeric column of more values: the desktop cuts those into quantile
     *     bins of the rows it opens, a sample's, whose edges the whole data's strata could not name
     */
    private static Column group(Dataset<Row> data, String by) {
        Column text = SparkColumns.named(by).cast("string");
        if (SlicesOnSpark.numericColumns(data.select(text.as("by0")), "by", 1).isEmpty()) {
            return coalesce(text, lit(RowGroups.MISSING));
        }
        Column number = SparkColumns.named(by).cast("double");
        int most = MetricsSettings.DEFAULT_BINS;
        double[] values = data
                .select(number.as("value"))
                .where(col("value").isNotNull())
                .distinct()
                .limit(most + 1)
                .collectAsList()
                .stream()
                .mapToDouble(r -> r.getDouble(0))
                .sorted()
                .toArray();
        if (values.length > most) {
            throw new IllegalArgumentException("--by \"" + by + "\" holds numbers of more than " + most
                    + " values, which the desktop cuts into quantile bins of the sample's rows; stratify by a column"
                    + " of text or of few values");
        }
        List<String> labels = QuantileBins.ofEachValue(values).labels();
        Column named = lit(RowGroups.MISSING);
        for (int v = values.length - 1; v >= 0; v--) {
            named = when(number.equalTo(values[v]), lit(labels.get(v))).otherwise(named);
        }
        return named;
    }

    /**
     * The strata in the desktop's order: errors then correct rows, within each value of {@code by} (text
     * values in the desktop's order of classes, missing ones last) when it is given.
     */
    /** The strata, and each one's key in the counts ({@link #stratum}). */
    private record Design(List<ReviewQueue.Stratum> strata, List<String> keys) {}

    private static Design design(Map<String, Long> sizes, String by, int errors, int correct) {
        List<String> groups = new ArrayList<>();
        if (by == null) {
            groups.add("");
        } else {
            TreeSet<String> values = new TreeSet<>();
            sizes.keySet().forEach(k -> values.add(k.substring(1)));
            boolean missing = values.remove(RowGroups.MISSING);
            groups.addAll(ClassOrder.sorted(values));
            if (missing) {
                groups.add(RowGroups.MISSING);
            }
        }
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> holdsErrors = new ArrayList<>();
        List<Long> population = new ArrayList<>();
        for (String g : groups) {
            String where = by == null ? "" : " where " + by + " = " + g;
            for (boolean e : new boolean[] {true, false}) {
                names.add((e ? "errors" : "correct rows") + where);
                keys.add(stratum(e, g));
                holdsErrors.add(e);
                population.add(sizes.getOrDefault(stratum(e, g), 0L));
            }
        }
        boolean[] kinds = new boolean[names.size()];
        long[] counts = new long[names.size()];
        for (int h = 0; h < kinds.length; h++) {
            kinds[h] = holdsErrors.get(h);
            counts[h] = population.get(h);
        }
        int[] drawn = ReviewSampler.allocation(kinds, counts, errors, correct);
        List<ReviewQueue.Stratum> design = new ArrayList<>();
        for (int h = 0; h < kinds.length; h++) {
            design.add(new ReviewQueue.Stratum(names.get(h), kinds[h], counts[h], drawn[h]));
        }
        return new Design(design, keys);
    }

    /** The key of a stratum in the counts: its kind, then its value of the column. */
    private static String stratum(boolean error, String group) {
        return (error ? "e" : "c") + group;
    }

    /** Of each stratum's rows in {@code rows}, the ones with the {@code wanted} smallest keys. */
    private static Iterator<Row> smallest(
            Iterator<Row> rows, Map<String, Integer> wanted, int error, int group, int order) {
        Map<String, PriorityQueue<Row>> kept = new HashMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            String s = stratum(r.getBoolean(error), r.getString(group));
            int k = wanted.getOrDefault(s, 0);
            if (k == 0) {
                continue;
            }
            // largest key on top, so the row to give up is at hand
            PriorityQueue<Row> heap = kept.computeIfAbsent(
                    s,
                    x -> new PriorityQueue<>(Comparator.comparingLong((Row q) -> q.getLong(order))
                            .reversed()));
            if (heap.size() < k) {
                heap.add(r);
            } else if (r.getLong(order) < heap.peek().getLong(order)) {
                heap.poll();
                heap.add(r);
            }
        }
        return kept.values().stream().flatMap(PriorityQueue::stream).iterator();
    }
}
