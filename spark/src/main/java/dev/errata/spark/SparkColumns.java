package dev.errata.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The role columns of the data, checked and named as the counting jobs read them. */
final class SparkColumns {

    private SparkColumns() {}

    /**
     * The label and prediction columns, cast to {@code type} and named {@code label} and {@code prediction}.
     *
     * @throws IllegalArgumentException naming a role column the data does not have, and the ones it has
     */
    static Dataset<Row> roles(Dataset<Row> data, String label, String prediction, String type) {
        return roles(data, label, prediction, type, List.of(), List.of());
    }

    /**
     * As {@link #roles(Dataset, String, String, String)}, followed by the {@code slices} as text, named
     * {@code slice0}, {@code slice1}…, then the {@code scores} columns as numbers
     */
    static Dataset<Row> roles(
            Dataset<Row> data, String label, String prediction, String type, List<String> slices, List<String> scores) {
        List<Column> selected = new ArrayList<>();
        selected.add(named(label).cast(type).as("label"));
        selected.add(named(prediction).cast(type).as("prediction"));
        for (int i = 0; i < slices.size(); i++) {
            selected.add(named(slices.get(i)).cast("string").as("slice" + i));
        }
        for (int i = 0; i < scores.size(); i++) {
            selected.add(named(scores.get(i)).cast("double").as("score" + i));
        }
        check(data, Stream.concat(Stream.of(label, prediction), slices.stream()).toList());
        return data.select(selected.toArray(Column[]::new));
    }

    /** @throws IllegalArgumentException naming a column of {@code wanted} the data does not have, and the ones it has */
    static void check(Dataset<Row> data, List<String> wanted) {
        List<String> columns = List.of(data.columns());
        for (String column : wanted) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(
                        "the data has no column \"" + column + "\"; its columns are " + columns);
            }
        }
    }

    /** The column of this name, even where the name holds a dot, which Spark would read as a struct field. */
    static Column named(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }
}
