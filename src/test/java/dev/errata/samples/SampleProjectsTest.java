package dev.errata.samples;

import static dev.errata.samples.SampleFiles.filesUnder;
import static dev.errata.samples.SampleFiles.metricsOf;
import static dev.errata.samples.SampleFiles.readRows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectsTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytesAsTheCommittedSamples() throws IOException {
        SampleProjects.writeAll(dir.resolve("one"));
        SampleProjects.writeAll(dir.resolve("two"));
        List<Path> files = filesUnder(dir.resolve("one"));
        assertThat(filesUnder(dir.resolve("two"))).isEqualTo(files);
        Path committed = Path.of("sample-projects");
        for (Path file : files) {
            byte[] written = Files.readAllBytes(dir.resolve("one").resolve(file));
            assertThat(written)
                    .as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("two").resolve(file)));
            // what a save keeps beside the file is each clone's own (.gitignore), not a sample's
            if (!file.toString().endsWith(".errata.save")) {
                assertThat(Arrays.equals(written, Files.readAllBytes(committed.resolve(file))))
                        .as("sample-projects/" + file + " differs from what the generators write; regenerate with "
                                + "errata sample --out sample-projects")
                        .isTrue();
            }
        }
    }

    @Test
    void everySampleOpensWithoutWarningsAndLeavesNoJournalOrBackup() throws IOException {
        List<Path> projects = SampleProjects.writeAll(dir);
        assertThat(projects.get(0)).isEqualTo(dir.resolve(SampleProjects.DEFAULT));
        for (Path file : projects) {
            assertThat(Project.journalOf(file)).doesNotExist();
            assertThat(Project.backupOf(file)).doesNotExist();
            try (Project project = new ProjectOpener().open(file, Progress.NONE)) {
                assertThat(project.warnings()).as(file.toString()).isEmpty();
                assertThat(project.checks()).as(file.toString()).isNotEmpty();
                assertThat(project.views()).as(file.toString()).isNotEmpty();
                assertThat(project.summary()).as(file.toString()).isNotBlank();
            }
            assertThat(metricsOf(file).get("warnings")).as(file.toString()).isEmpty();
            StringWriter checks = new StringWriter();
            assertThat(SampleFiles.run(checks, "check", file.toString()))
                    .as(file.toString())
                    .isIn(0, 1);
            assertThat(checks.toString()).as("every check has a value").doesNotContain("undefined");
        }
    }

    @Test
    void theChurnSampleShowsItsPlantedPocketInTheTagMetrics() throws IOException {
        Path project = ChurnProject.write(dir);
        List<CSVRecord> rows = readRows(dir.resolve("churn.csv"));
        long pocket = rows.stream().filter(SampleProjectsTest::inPocket).count();
        long pocketErrors = rows.stream()
                .filter(SampleProjectsTest::inPocket)
                .filter(SampleProjectsTest::wrong)
                .count();
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

    private static boolean inPocket(CSVRecord r) {
        int age = Integer.parseInt(r.get("age"));
        return r.get("geography").equals("Germany")
                && age >= 45
                && age <= 60
                && r.get("is_active").equals("0");
    }

    private static boolean wrong(CSVRecord r) {
        return !r.get("label").equals(r.get("prediction"));
    }
}
