package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelErrorsCommandTest {

    private static final String NOISY = "docs/verification/label-errors/noisy_classes.csv";

    @TempDir
    Path dir;

    @Test
    void listsTheSuspectsAsJsonLeastSelfConfidentFirst() throws IOException {
        CommandRun run = CommandRun.of("label-errors", NOISY, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("format").asText()).isEqualTo("errata-label-errors/1");
        assertThat(doc.get("rows_considered").asInt()).isEqualTo(400);
        // the numpy reference (docs/verification/label-errors/find_label_issues.py) flags 48 rows, r370 first:
        // labelled fox, p(fox) = 0.00654, p(cat) the largest
        JsonNode suspects = doc.get("suspects");
        assertThat(suspects).hasSize(48);
        assertThat(suspects.get(0).get("id").asText()).isEqualTo("r370");
        assertThat(suspects.get(0).get("given_label").asText()).isEqualTo("fox");
        assertThat(suspects.get(0).get("suggested_label").asText()).isEqualTo("cat");
        assertThat(suspects.get(0).get("line").asInt()).isEqualTo(371);
        for (int i = 1; i < suspects.size(); i++) {
            assertThat(suspects.get(i).get("self_confidence").asDouble())
                    .isGreaterThanOrEqualTo(
                            suspects.get(i - 1).get("self_confidence").asDouble());
        }
    }

    @Test
    void aTableNamesEachSuspectsGivenAndSuggestedLabel() {
        CommandRun run = CommandRun.of("label-errors", NOISY);

        assertThat(run.out()).startsWith("48 label-error suspects among 400 rows");
        assertThat(run.out().lines().skip(2).findFirst().orElseThrow()).matches("r370 +fox +cat +0\\.0065");
    }

    @Test
    void aRegressionGetsOneLineAndExitCodeTwo() throws IOException {
        Path data = Files.writeString(dir.resolve("r.csv"), "label,prediction\n1.5,1.2\n2.5,2.0\n3.5,3.9\n");

        CommandRun run = CommandRun.of("label-errors", data.toString(), "--task", "regression");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("errata: label errors need a classification; r is a regression");
    }

    @Test
    void metricsLeaveTheRowsOfATagOutForTheAccuracyOnCleanLabels() throws IOException {
        // eight rows with errors on rows 2, 4 and 7 (accuracy 5/8); leaving out rows 1, 4 and 7 (flag = true)
        // keeps rows 2, 3, 5, 6 and 8 with one error, row 2: accuracy 4/5
        Path data = Files.writeString(dir.resolve("eval.csv"), """
                id,label,pred,flag
                1,1,1,true
                2,1,0,false
                3,0,0,false
                4,0,1,true
                5,1,1,false
                6,0,0,false
                7,1,0,true
                8,0,0,false
                """);

        CommandRun run = CommandRun.of(
                "metrics", data.toString(), "--tag-column", "flag", "--exclude-tag", "flag", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode m = new ObjectMapper().readTree(run.out());
        assertThat(m.get("rows").asInt()).isEqualTo(5);
        assertThat(m.get("errors").asInt()).isEqualTo(1);
        assertThat(m.get("overall").get("accuracy").asDouble()).isEqualTo(0.8);
        assertThat(m.get("warnings").toString()).contains("left out the 3 rows of tag \\\"flag\\\"");
        CommandRun unknown = CommandRun.of("metrics", data.toString(), "--exclude-tag", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no tag \"nope\" to leave out");
    }
}
