package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    /*
     * Eight rows, two models. v2 against v1: fixed rows 2, 3 and 8 (v1 wrong, v2 right), broken row 4,
     * both wrong row 6. Accuracy v1 = 4/8 (rows 1, 4, 5, 7), v2 = 6/8.
     * McNemar exact: 3 fixed, 1 broken: 2 · (C(4,0) + C(4,1)) / 2^4 = 10/16.
     */
    private static final String CSV = """
            id,label,p1,p2,g,flag
            1,a,a,a,x,true
            2,a,b,a,x,true
            3,a,b,a,x,false
            4,b,b,a,y,false
            5,b,b,b,y,true
            6,b,a,a,y,false
            7,a,a,a,x,false
            8,b,a,b,y,true
            """;

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void writeData() throws IOException {
        data = Files.writeString(dir.resolve("two.csv"), CSV);
    }

    private CommandRun compare(String... more) {
        String[] fixed = {
            "compare",
            data.toString(),
            "--label",
            "label",
            "--prediction",
            "p1",
            "--positive",
            "b",
            "--slice",
            "g",
            "--tag-column",
            "flag"
        };
        String[] args = java.util.Arrays.copyOf(fixed, fixed.length + more.length);
        System.arraycopy(more, 0, args, fixed.length, more.length);
        return CommandRun.of(args);
    }

    @Test
    void writesTheDocumentOfDocsCompareJsonWithCountsByHand() throws IOException {
        CommandRun run = compare("--model", "v1=p1", "--model", "v2=p2", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("errata-compare/1");
        assertThat(json.get("models").toString()).isEqualTo("[\"v1\",\"v2\"]");
        JsonNode overall = json.get("overall");
        assertThat(overall.get("rows").asInt()).isEqualTo(8);
        assertThat(overall.get("fixed").asInt()).isEqualTo(3);
        assertThat(overall.get("broken").asInt()).isEqualTo(1);
        assertThat(overall.get("p_value").asDouble()).isCloseTo(10.0 / 16, within(1e-12));
        assertThat(overall.get("accuracy_difference").asDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(overall.at("/metrics/v1/accuracy").asDouble()).isEqualTo(0.5);
        assertThat(overall.at("/metrics/v2/accuracy").asDouble()).isEqualTo(0.75);
        assertThat(overall.at("/metrics/v2/error_rate").asDouble()).isEqualTo(0.25);
        // class a: rows 1, 2, 3, 7; fixed 2 and 3, none broken: p = 2 / 2^2; v2's recall of a is 4/4
        JsonNode classA = json.get("classes").get(0);
        assertThat(classA.get("class").asText()).isEqualTo("a");
        assertThat(classA.get("fixed").asInt()).isEqualTo(2);
        assertThat(classA.get("p_value").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(classA.at("/metrics/v2/recall").asDouble()).isEqualTo(1.0);
        assertThat(classA.at("/metrics/v2/accuracy").asDouble()).isEqualTo(1.0);
        // g = y: rows 4, 5, 6, 8; fixed 8, broken 4
        JsonNode y = json.get("slices").get(1);
        assertThat(y.get("column").asText()).isEqualTo("g");
        assertThat(y.get("value").asText()).isEqualTo("y");
        assertThat(y.get("fixed").asInt()).isEqualTo(1);
        assertThat(y.get("broken").asInt()).isEqualTo(1);
        assertThat(y.get("p_value").asDouble()).isEqualTo(1.0);
        // tag flag: rows 1, 2, 5, 8; v1 right on 1 and 5, v2 on all four
        JsonNode flag = json.get("tags").get(0);
        assertThat(flag.get("tag").asText()).isEqualTo("flag");
        assertThat(flag.get("fixed").asInt()).isEqualTo(2);
        assertThat(flag.at("/metrics/v1/accuracy").asDouble()).isEqualTo(0.5);
        assertThat(flag.at("/metrics/v2/accuracy").asDouble()).isEqualTo(1.0);
        assertThat(flag.at("/metrics/v2/count").asInt()).isEqualTo(4);
    }

    @Test
    void theTableSaysWhenAnIntervalHoldsZero() {
        CommandRun run = compare("--model", "v1=p1", "--model", "v2=p2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("accuracy v1", "accuracy v2", "no clear difference");
    }

    @Test
    void oneModelOrAMissingColumnIsBadInputSaidInAWord() {
        CommandRun one = compare("--model", "v1=p1");
        assertThat(one.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(one.err()).contains("a comparison needs two models or more");
        CommandRun missing = compare("--model", "v1=p1", "--model", "v2=p3");
        assertThat(missing.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        // the comparison reads the columns it uses, but a message about a column names every one
        assertThat(missing.err()).contains("no column \"p3\" in two; its columns are id, label, p1, p2, g, flag");
    }
}
