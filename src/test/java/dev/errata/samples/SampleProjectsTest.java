package dev.errata.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.cli.ErrataCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleProjectsTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        SampleProjects.writeAll(dir.resolve("one"));
        SampleProjects.writeAll(dir.resolve("two"));
        for (String file : List.of("churn/churn.csv", "churn/churn.errata.json")) {
            assertThat(Files.readAllBytes(dir.resolve("one").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("two").resolve(file)));
        }
    }

    @Test
    void theChurnSampleShowsItsPlantedPocketInTheTagMetrics() throws IOException {
        Path project = SampleProjects.writeAll(dir).get(0);
        List<CSVRecord> rows = readRows(dir.resolve("churn/churn.csv"));
        long pocket = rows.stream().filter(SampleProjectsTest::inPocket).count();
        long pocketErrors = rows.stream().filter(SampleProjectsTest::inPocket).filter(SampleProjectsTest::wrong).count();
        long errors = rows.stream().filter(SampleProjectsTest::wrong).count();

        JsonNode metrics = metricsOf(project);
        assertThat(metrics.get("rows").asInt()).isEqualTo(rows.size());
        assertThat(metrics.get("errors").asLong()).isEqualTo(errors);
        JsonNode tag = metrics.get("tags").get(0);
        assertThat(tag.get("tag").asText()).isEqualTo("inactive, Germany, 45–60");
        assertThat(tag.get("count").asLong()).isEqualTo(pocket);
        assertThat(tag.get("error_rate").asDouble()).isEqualTo((double) pocketErrors / pocket);
        assertThat(tag.get("error_rate").asDouble())
                .as("the pocket is wrong far more often than the rest")
                .isGreaterThan(3 * metrics.get("overall").get("error_rate").asDouble());
        assertThat(metrics.get("tags")).hasSize(5);
    }

    private static JsonNode metricsOf(Path project) throws IOException {
        StringWriter out = new StringWriter();
        CommandLine line = ErrataCommand.commandLine();
        line.setOut(new PrintWriter(out));
        assertThat(line.execute("metrics", "--project", project.toString(), "--format", "json")).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<CSVRecord> readRows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static boolean inPocket(CSVRecord r) {
        int age = Integer.parseInt(r.get("age"));
        return r.get("geography").equals("Germany") && age >= 45 && age <= 60 && r.get("is_active").equals("0");
    }

    private static boolean wrong(CSVRecord r) {
        return !r.get("label").equals(r.get("prediction"));
    }
}
