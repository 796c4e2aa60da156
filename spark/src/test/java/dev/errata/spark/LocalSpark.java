package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnChoice;
import dev.errata.data.ColumnRoles;
import dev.errata.data.ImportRequest;
import dev.errata.metrics.MetricsSettings.ColumnPair;
import dev.errata.report.MetricsJson;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.AnalysisRequest;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.data.Offset;
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

    /** Rates of the same counts merged in another order differ by rounding only. */
    static final Offset<Double> WITHIN = Offset.offset(1e-12);

    /** The desktop's document of the CSV under these roles, as `errata metrics --format json` writes it. */
    static JsonNode desktopJson(Path csv, ColumnRoles roles) throws Exception {
        return desktopJson(csv, roles, List.of(), List.of());
    }

    /** As {@link #desktopJson(Path, ColumnRoles)}, sliced by these columns and crosses. */
    static JsonNode desktopJson(Path csv, ColumnRoles roles, List<String> slices, List<ColumnPair> crosses)
            throws Exception {
        AnalysisRequest request = new AnalysisRequest(
                null,
                ImportRequest.of(csv).withOverrides(roles),
                null,
                null,
                slices,
                crosses,
                5,
                List.of(),
                List.of(),
                ColumnChoice.ALL);
        return MetricsJson.tree(Analysis.load(request).summarize());
    }

    /** Counts and text equal exactly, rates to 1e-12 (the same counts, merged in another order). */
    static void assertClose(String where, JsonNode actual, JsonNode expected) {
        if (expected.isNumber() && !expected.isIntegralNumber()) {
            assertThat(actual.asDouble()).as(where).isCloseTo(expected.asDouble(), WITHIN);
            return;
        }
        if (!expected.isContainerNode()) {
            assertThat(actual).as(where).isEqualTo(expected);
            return;
        }
        assertThat(actual.size()).as(where + " size").isEqualTo(expected.size());
        if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertClose(where + "[" + i + "]", actual.get(i), expected.get(i));
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertClose(where + "." + field.getKey(), actual.get(field.getKey()), field.getValue());
            }
        }
    }
}
