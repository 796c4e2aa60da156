package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.data.ParquetFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands open a Parquet file as they open the CSV file with the same rows. */
class ParquetCommandsTest {

    @TempDir
    Path dir;

    @Test
    void metricsOfAParquetFileEqualThoseOfTheSameRowsAsCsv() throws IOException {
        JsonNode csv = CommandRun.metricsJson(ParquetFixtures.file("small.csv"));
        JsonNode parquet = CommandRun.metricsJson(ParquetFixtures.file("small.parquet"));
        // By hand from small.csv: label against prediction, row 9 has no prediction, so 9 rows count and
        // rows 2 (dog→cat) and 6 (cat→dog) are wrong: accuracy 7/9.
        assertThat(parquet.get("overall").get("accuracy").asDouble()).isEqualTo(7.0 / 9);
        ((ObjectNode) csv).remove("data");
        ((ObjectNode) parquet).remove("data");
        assertThat(parquet).isEqualTo(csv);
    }

    @Test
    void aTruncatedParquetFileGetsOneLineNamingIt() throws IOException {
        byte[] whole = Files.readAllBytes(ParquetFixtures.file("small.parquet"));
        Path truncated = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(whole, whole.length / 2));
        assertOneLineNaming(truncated);
    }

    @Test
    void aCsvFileNamedParquetGetsOneLineNamingIt() throws IOException {
        Path notParquet = Files.writeString(dir.resolve("text.parquet"), "label,prediction\na,a\n");
        assertOneLineNaming(notParquet);
    }

    private static void assertOneLineNaming(Path file) {
        CommandRun run = CommandRun.of("metrics", file.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).contains(file.getFileName().toString()).doesNotContain("\n", "\tat ");
    }
}
