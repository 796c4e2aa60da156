package dev.errata.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnRoles;
import dev.errata.data.ImportRequest;
import dev.errata.report.MetricsJson;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.AnalysisRequest;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two engines the tests compare: Spark in local mode, one session for a test class's tests, and the
 * desktop's analysis of the same CSV.
 */
abstract class LocalSpark {

    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("errata test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                // small input splits, so that a test's CSV is read by several partitions and the parts merge
                .config("spark.sql.files.maxPartitionBytes", "65536")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The desktop's document of the CSV under these roles, as `errata metrics --format json` writes it. */
    static JsonNode desktopJson(Path csv, ColumnRoles roles) throws Exception {
        AnalysisRequest request = new AnalysisRequest(
                null,
                ImportRequest.of(csv).withOverrides(roles),
                null,
                null,
                List.of(),
                List.of(),
                5,
                List.of(),
                List.of());
        return MetricsJson.tree(Analysis.load(request).summarize());
    }
}
