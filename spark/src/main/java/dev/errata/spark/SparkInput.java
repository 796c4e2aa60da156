package dev.errata.spark;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Evaluation data at any path Spark reads: Parquet by its extension (a file or a folder of parts), else CSV. */
final class SparkInput {

    private SparkInput() {}

    static Dataset<Row> read(SparkSession spark, String path) {
        if (path.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return spark.read().parquet(path);
        }
        // Every CSV cell as text, as the desktop reads it: inferring types would turn "007" into 7.
        return spark.read()
                .option("header", "true")
                .option("inferSchema", "false")
                .csv(path);
    }
}
