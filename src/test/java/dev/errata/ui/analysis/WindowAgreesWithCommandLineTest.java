package dev.errata.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.cli.ErrataCommand;
import dev.errata.metrics.TagMetrics;
import dev.errata.ui.Opened;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The window's metric panel and {@code errata metrics} give a hand tag the same estimates, to the last
 * digit, on the churn sample with a review queue stratified by geography: both follow the queue's strata.
 */
class WindowAgreesWithCommandLineTest {

    @TempDir
    Path folder;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine line = ErrataCommand.commandLine();
        line.setOut(new PrintWriter(out));
        assertThat(line.execute(args)).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void thePanelShowsTheEstimatesOfTheCommandLine() throws Exception {
        Path project = copyOfChurn();
        run("review", "sample", project.toString(), "--by", "geography", "--seed", "3");
        JsonNode json =
                new ObjectMapper().readTree(run("metrics", "--project", project.toString(), "--format", "json"));

        try (Opened opened = Opened.on(project)) {
            assertThat(opened.workspace().state().snapshot().settings().strataColumn())
                    .isEqualTo("geography");
            List<TagMetrics> shown = opened.workspace().analysis().tags().stream()
                    .map(TagLine::metrics)
                    .toList();
            for (JsonNode tag : json.get("tags")) {
                TagMetrics m = shown.stream()
                        .filter(t -> t.name().equals(tag.get("tag").asText()))
                        .findFirst()
                        .orElseThrow();
                assertThat(m.prevalence().value())
                        .isEqualTo(tag.get("prevalence").asDouble());
                assertThat(m.prevalence().low())
                        .isEqualTo(tag.get("prevalence_low").asDouble());
                assertThat(m.errorRate().high())
                        .isEqualTo(tag.get("error_rate_high").asDouble());
                assertThat(m.potentialGain().low())
                        .isEqualTo(tag.get("potential_gain_low").asDouble());
            }
        }
        assertThat(json.get("tags").findValuesAsText("estimate")).contains("sample", "all rows");
    }

    private Path copyOfChurn() throws IOException {
        Path from = Path.of("sample-projects/churn");
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder.resolve("churn.errata.json");
    }
}
