package dev.errata.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
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
        List<String> columns = List.of(data.columns());
        for (String column : List.of(label, prediction)) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(
                        "the data has no column \"" + column + "\"; its columns are " + columns);
            }
        }
        return data.select(
                named(label).cast(type).as("label"),
                named(prediction).cast(type).as("prediction"));
    }

    /** The column of this name, even where the name holds a dot, which Spark would read as a struct field. */
    private static Column named(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }
}
