package dev.errata.spark;

import dev.errata.data.ClassOrder;
import dev.errata.metrics.ConfusionCounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        GroupCounts total = GroupCounts.overall(pairs, classes.size(), classified(index(classes)));
        return new ClassificationOnSpark(classes, total.rows(), total.confusion());
    }

    /** Each class's index in the class order. */
    static HashMap<String, Integer> index(List<String> classes) {
        HashMap<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        return index;
    }

    /** Counts a row by its classes' indices; a static factory so the function carries only the index. */
    static GroupCounts.RowCounter classified(Map<String, Integer> index) {
        return (group, row) -> group.addClassified(indexOf(index, row.getString(0)), indexOf(index, row.getString(1)));
    }

    /** How a row came out for the tags: an error where its label and prediction are both there and differ. */
    static TagsOnSpark.Outcome outcome() {
        return row -> {
            String label = row.getString(0);
            String prediction = row.getString(1);
            if (!present(label) || !present(prediction)) {
                return TagsOnSpark.Outcome.UNEVALUABLE;
            }
            return label.equals(prediction) ? TagsOnSpark.Outcome.CORRECT : TagsOnSpark.Outcome.ERROR;
        };
    }

    private static int indexOf(Map<String, Integer> index, String value) {
        return present(value) ? index.get(value) : -1;
    }

    /**
     * The index of the positive class given, else of the last in class order, as on the desktop.
     *
     * @throws IllegalArgumentException when the class given is neither a label nor a prediction
     */
    int positive(String positiveClass) {
        if (positiveClass == null) {
            return classes.size() - 1;
        }
        int index = classes.indexOf(positiveClass);
        if (index < 0) {
            throw new IllegalArgumentException("the positive class \"" + positiveClass
                    + "\" is neither a label nor a prediction; the classes are " + classes);
        }
        return index;
    }

    /** An empty cell is a missing value, on the desktop as here. */
    static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
