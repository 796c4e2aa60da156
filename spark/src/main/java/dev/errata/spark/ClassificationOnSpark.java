package dev.errata.spark;

import dev.errata.data.ClassOrder;
import dev.errata.metrics.ConfusionCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The confusion counts of a classification, counted on the cluster with the desktop's own mergeable
 * {@link ConfusionCounts}: each partition counts its rows, the driver merges the parts, and the desktop's
 * {@code ClassificationMetrics} derives every rate from the merged counts. No definition is restated here.
 *
 * @param classes the classes in the desktop's order (numeric when all read as numbers, else natural)
 * @param rows every row of the data
 * @param counts the (label, prediction) pairs of the rows with both
 */
record ClassificationOnSpark(List<String> classes, long rows, ConfusionCounts counts) {

    /** @throws IllegalArgumentException naming a role column the data does not have, and the ones it has */
    static ClassificationOnSpark count(Dataset<Row> data, String label, String prediction) {
        Dataset<Row> pairs = SparkColumns.roles(data, label, prediction, "string");
        List<String> values = pairs.select("label")
                .union(pairs.select("prediction"))
                .distinct()
                .as(Encoders.STRING())
                .collectAsList();
        List<String> classes = ClassOrder.sorted(
                values.stream().filter(ClassificationOnSpark::present).toList());
        HashMap<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        int k = classes.size();
        List<PartCount> parts =
                pairs.javaRDD().mapPartitions(countPart(index, k)).collect();
        ConfusionCounts total = new ConfusionCounts(k);
        long rows = 0;
        for (PartCount part : parts) {
            total.merge(part.counts());
            rows += part.rows();
        }
        return new ClassificationOnSpark(classes, rows, total);
    }

    /** A partition's counts; a static factory so the function carries only what it needs to the executors. */
    private static FlatMapFunction<Iterator<Row>, PartCount> countPart(Map<String, Integer> index, int k) {
        return rows -> {
            ConfusionCounts counts = new ConfusionCounts(k);
            long seen = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                seen++;
                String actual = row.getString(0);
                String predicted = row.getString(1);
                if (present(actual) && present(predicted)) {
                    counts.add(index.get(actual), index.get(predicted));
                }
            }
            List<PartCount> one = new ArrayList<>(1);
            one.add(new PartCount(seen, counts));
            return one.iterator();
        };
    }

    /** An empty cell is a missing value, on the desktop as here. */
    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    /** The counts of one partition, with its row count. */
    record PartCount(long rows, ConfusionCounts counts) implements java.io.Serializable {}
}
