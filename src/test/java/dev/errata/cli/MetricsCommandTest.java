package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {

    /*
     * Eight rows, positive class 1. Prediction column: errors on rows 2, 4 and 7.
     * Confusion (rows = true 0, 1): [[3, 1], [2, 2]]. At score >= 0.5 rows 1, 4, 5, 8 are positive.
     */
    private static final String CSV = """
            id,label,pred,score,g,flag
            1,1,1,0.9,a,true
            2,1,0,0.4,a,false
            3,0,0,0.2,a,false
            4,0,1,0.6,b,true
            5,1,1,0.8,b,false
            6,0,0,0.1,b,false
            7,1,0,0.3,b,true
            8,0,0,0.5,a,false
            """;

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void writeData() throws IOException {
        data = Files.writeString(dir.resolve("eval.csv"), CSV);
    }

    private JsonNode json(String... extra) throws IOException {
        return CommandRun.metricsJson(data, extra);
    }

    @Test
    void printsTheOverallAndPerClassMetricsComputedByHand() throws IOException {
        JsonNode m = json();
        assertThat(m.get("rows").asInt()).isEqualTo(8);
        assertThat(m.get("task").asText()).isEqualTo("binary");
        assertThat(m.get("positive_class").asText()).isEqualTo("1");
        assertThat(m.get("errors").asInt()).isEqualTo(3);
        JsonNode overall = m.get("overall");
        assertThat(overall.get("accuracy").asDouble()).isEqualTo(5.0 / 8);
        // F1 of class 1 = 2·(2/3)·(1/2)/(2/3 + 1/2) = 4/7; of class 0 = 2·0.6·0.75/1.35 = 2/3.
        assertThat(overall.get("macro_f1").asDouble()).isCloseTo((4.0 / 7 + 2.0 / 3) / 2, within(1e-12));
        // 12 of the 16 positive-negative pairs are ordered right.
        assertThat(overall.get("roc_auc").asDouble()).isCloseTo(0.75, within(1e-12));
        // Recall steps of 1/4 at precisions 1, 1, 3/5 and 4/6.
        assertThat(overall.get("pr_auc").asDouble()).isCloseTo(0.25 * (1 + 1 + 0.6 + 4.0 / 6), within(1e-12));
        assertThat(overall.get("mae").isNull()).isTrue();
        assertThat(m.get("confusion").get("matrix").toString()).isEqualTo("[[3,1],[2,2]]");
        assertThat(m.get("classes").get(1).get("precision").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.get("classes").get(1).get("support").asInt()).isEqualTo(4);
    }

    @Test
    void ratesComeFromThePredictionColumnAndFromTheThreshold() throws IOException {
        JsonNode rates = json("--threshold", "0.5").get("rates");
        assertThat(rates.get("prediction").get("positive_rate").asDouble()).isEqualTo(3.0 / 8);
        assertThat(rates.get("prediction").get("fpr").asDouble()).isEqualTo(0.25);
        assertThat(rates.get("threshold").get("tp").asInt()).isEqualTo(2);
        assertThat(rates.get("threshold").get("fp").asInt()).isEqualTo(2);
        assertThat(rates.get("threshold").get("fpr").asDouble()).isEqualTo(0.5);
    }

    @Test
    void tagColumnsAndSlicesGetTheirMetrics() throws IOException {
        JsonNode m = json("--tag-column", "flag", "--slice", "g");
        JsonNode tag = m.get("tags").get(0);
        assertThat(tag.get("tag").asText()).isEqualTo("flag");
        assertThat(tag.get("count").asInt()).isEqualTo(3);
        assertThat(tag.get("prevalence").asDouble()).isEqualTo(3.0 / 8);
        assertThat(tag.get("error_share").asDouble()).isEqualTo(2.0 / 3);
        assertThat(tag.get("error_rate").asDouble()).isEqualTo(2.0 / 3);
        assertThat(tag.get("headroom").isNull()).as("no baseline").isTrue();
        JsonNode a = m.get("slices").get(0);
        JsonNode b = m.get("slices").get(1);
        assertThat(a.get("value").asText()).isEqualTo("a");
        assertThat(a.get("count").asInt()).isEqualTo(4);
        assertThat(a.get("accuracy").asDouble()).isEqualTo(0.75);
        assertThat(b.get("accuracy").asDouble()).isEqualTo(0.5);
        // Group b: true positives 5 and 7, one found: TPR 1/2; overall TPR is 2/4, so the gap is 0.
        assertThat(b.get("tpr").asDouble()).isEqualTo(0.5);
        assertThat(b.get("gap_to_overall").get("tpr").asDouble()).isEqualTo(0.0);
        // Group a: positives scored 0.9 and 0.4, negatives 0.2 and 0.5: 3 of 4 pairs ordered right.
        assertThat(a.get("roc_auc").asDouble()).isEqualTo(0.75);
        double logLossA = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.8) + Math.log(0.5)) / 4;
        assertThat(a.get("log_loss").asDouble()).isCloseTo(logLossA, within(1e-12));
        // At score >= 0.5, group a has rows 1 (positive) and 8 (negative) positive: TPR 1/2, FPR 1/2.
        assertThat(a.get("at_threshold").get("tpr").asDouble()).isEqualTo(0.5);
        assertThat(a.get("at_threshold").get("fpr").asDouble()).isEqualTo(0.5);
        assertThat(a.get("at_threshold").get("gap_to_overall").get("fpr").asDouble())
                .isEqualTo(0.0);
    }

    @Test
    void theTableFormIsForPeople() {
        CommandRun run = CommandRun.of("metrics", data.toString(), "--tag-column", "flag");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("eval: binary, 8 rows, 3 errors, positive class \"1\"")
                .contains("accuracy                    0.6250")
                .contains("flag");
    }

    @Test
    void badInputExitsWithTwoAndOneLineWithoutAStackTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,label,score\n1,1,0.5\n2,0,abc\n");
        assertOneLineError(
                CommandRun.of("metrics", bad.toString()),
                "errata: bad.csv:3:5: column \"score\" needs a probability from 0 to 1 but holds \"abc\"");
        assertOneLineError(
                CommandRun.of("metrics", data.toString(), "--label", "nope"),
                "errata: eval.csv:1:1: no column \"nope\" for the label; the header has id, label, pred, score, g, flag");
        assertOneLineError(
                CommandRun.of("metrics", data.toString(), "--slice", "nope"),
                "errata: no column \"nope\" in eval; its columns are id, label, pred, score, g, flag");
        // the metrics read the columns they name alone, but what is wrong with those names names every column
        assertOneLineError(
                CommandRun.of("metrics", data.toString(), "--tag-columns", "g*"),
                "errata: --tag-columns \"g*\" matches no column of eval that holds only true/false, yes/no or 1/0;"
                        + " those that do: flag");
        assertOneLineError(
                CommandRun.of("metrics", data.toString(), "--task", "ranking"),
                "errata: unknown task \"ranking\"; expected binary, multiclass, regression or transcription");
        assertOneLineError(
                CommandRun.of("metrics", data.toString(), "--score", "g"),
                "errata: eval.csv:2:11: column \"g\" needs a probability from 0 to 1 but holds \"a\"");
    }

    @Test
    void controlCharactersFromTheDataShowAsEscapesInTablesWarningsAndErrors() throws IOException {
        // An OSC sequence would retitle the terminal; a right-to-left override would reorder the line.
        String retitle = "\u001b]0;owned\u0007";
        Path hostile = Files.writeString(
                dir.resolve("hostile.csv"),
                "label,pred,g\u202e\n" + "a" + retitle + ",a" + retitle + ",x\n" + "b,a" + retitle + ",y\n"
                        + "b,b,\u009b31m\n");
        CommandRun run = CommandRun.of("metrics", hostile.toString(), "--slice", "g\u202e");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e")
                .contains("a\\u001b]0;owned\\u0007")
                .contains("\\u009b31m")
                .contains("Slices by g\\u202e");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,label,score\n1,1,\u001b[2J\n");
        assertOneLineError(
                CommandRun.of("metrics", bad.toString()),
                "errata: bad.csv:2:5: column \"score\" needs a probability from 0 to 1 but holds \"\\u001b[2J\"");
    }

    @Test
    void theEncodingIsDetectedOrNamed() throws IOException {
        Path latin1 = Files.write(
                dir.resolve("latin1.csv"),
                "label,pred\nM\u00fcller,M\u00fcller\nM\u00f6ller,M\u00fcller\nM\u00fcller,M\u00f6ller\nM\u00e4ller,M\u00f6ller\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        CommandRun detected = CommandRun.of("metrics", latin1.toString());
        assertThat(detected.exitCode()).isZero();
        assertThat(detected.out())
                .contains("warning: latin1.csv is not UTF-8: read as Windows-1252")
                .containsPattern("accuracy +0.2500");
        CommandRun named = CommandRun.of("metrics", latin1.toString(), "--encoding", "ISO-8859-1");
        assertThat(named.out()).doesNotContain("warning").containsPattern("accuracy +0.2500");
        assertOneLineError(
                CommandRun.of("metrics", latin1.toString(), "--encoding", "UTF-8"),
                "errata: latin1.csv:2:2: the byte 0xFC is not UTF-8, the encoding named for the file");
        assertOneLineError(
                CommandRun.of("metrics", latin1.toString(), "--encoding", "klingon"),
                "errata: unknown --encoding \"klingon\"; e.g. UTF-8, windows-1252, ISO-8859-1, UTF-16LE");
    }

    private static void assertOneLineError(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
    }
}
