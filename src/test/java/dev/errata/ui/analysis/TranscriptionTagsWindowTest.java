package dev.errata.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.cli.ErrataCommand;
import dev.errata.report.NumberText;
import dev.errata.ui.FxWait;
import dev.errata.ui.WindowTest;
import dev.errata.ui.WindowText;
import dev.errata.ui.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import picocli.CommandLine;

/**
 * The speech sample's tag metrics in the window carry each tag's word, character and sentence error rates,
 * the numbers of {@code errata metrics --format json} to the last digit, written as its table writes them.
 */
class TranscriptionTagsWindowTest extends WindowTest {

    @Test
    void eachTagsLineEndsWithTheRatesOfTheCommandLinesJson(FxRobot robot) throws Exception {
        for (String file : List.of("speech.csv", "speech.errata.json")) {
            Files.copy(Path.of("sample-projects/speech", file), folder.resolve(file));
        }
        Path project = folder.resolve("speech.errata.json");
        StringWriter out = new StringWriter();
        CommandLine command = ErrataCommand.commandLine();
        command.setOut(new PrintWriter(out));
        assertThat(command.execute("metrics", "--project", project.toString(), "--format", "json"))
                .isZero();
        JsonNode tags = new ObjectMapper().readTree(out.toString()).get("tags");

        Workspace workspace = shown.open(robot, project);
        FxWait.until(() -> robot.lookup("#tag-metrics").tryQuery().isPresent());
        List<TagLine> lines = workspace.analysis().tags();
        assertThat(lines).hasSize(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            JsonNode tag = tags.get(i);
            TagMetricsRow row = lines.get(i).rowProperty().get();
            assertThat(row.name()).isEqualTo(tag.get("tag").asText());
            assertThat(row.transcription().wordErrorRate())
                    .isEqualTo(tag.get("wer").asDouble());
            assertThat(row.transcription().characterErrorRate())
                    .isEqualTo(tag.get("cer").asDouble());
            assertThat(row.transcription().sentenceErrorRate())
                    .isEqualTo(tag.get("sentence_error_rate").asDouble());
        }
        // the first line as the panel shows it: its last three columns
        List<String> first = WindowText.line(robot, "#tag-metrics", 0);
        assertThat(first.subList(first.size() - 3, first.size()))
                .containsExactly(
                        NumberText.percent(tags.get(0).get("wer").asDouble()),
                        NumberText.percent(tags.get(0).get("cer").asDouble()),
                        NumberText.percent(
                                tags.get(0).get("sentence_error_rate").asDouble()));
        assertThat(tags.get(0).get("wer").asDouble()).isPositive();
    }
}
