package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.SpeechCopy;
import dev.errata.data.CsvImporter;
import dev.errata.data.Dataset;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.tags.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    private static final String[] DEVICES = {"android", "ios", "web", "tv"};
    private static final String[] PLANS = {"free", "pro", "team"};

    @TempDir
    Path dir;

    private Path data;
    private int pocketRows;
    private int pocketErrors;

    /** 3,000 seeded rows; errors at 10%, and at 75% where device is ios and plan is pro. */
    @BeforeEach
    void writeData() throws IOException {
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder csv = new StringBuilder("id,device,plan,signal strength,label,pred\n");
        for (int row = 0; row < 3000; row++) {
            String device = DEVICES[random.nextInt(4)];
            String plan = PLANS[random.nextInt(3)];
            boolean pocket = device.equals("ios") && plan.equals("pro");
            boolean error = random.nextDouble() < (pocket ? 0.75 : 0.1);
            int label = random.nextInt(2);
            csv.append(row)
                    .append(',')
                    .append(device)
                    .append(',')
                    .append(plan)
                    .append(',')
                    .append(random.nextInt(100))
                    .append(',')
                    .append(label)
                    .append(',')
                    .append(error ? 1 - label : label)
                    .append('\n');
            pocketRows += pocket ? 1 : 0;
            pocketErrors += pocket && error ? 1 : 0;
        }
        data = Files.writeString(dir.resolve("eval.csv"), csv);
    }

    private JsonNode json(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("suggest", data.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void thePlantedPocketComesFirstWithItsCounts() throws IOException {
        JsonNode first = json().get("suggestions").get(0);

        assertThat(first.get("rule").asText()).isEqualTo("device == \"ios\" and plan == \"pro\"");
        assertThat(first.get("rows").asInt()).isEqualTo(pocketRows);
        assertThat(first.get("errors").asInt()).isEqualTo(pocketErrors);
        assertThat(first.get("error_rate").asDouble()).isEqualTo((double) pocketErrors / pocketRows);
        assertThat(first.get("q_value").asDouble()).isLessThan(0.05);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "rule",
                        "conditions",
                        "rows",
                        "errors",
                        "error_rate",
                        "error_rate_low",
                        "error_rate_high",
                        "lift",
                        "error_share",
                        "p_value",
                        "q_value",
                        "score",
                        "overlaps");
        assertThat(first.get("conditions").get(1).toString())
                .isEqualTo("{\"column\":\"plan\",\"op\":\"==\",\"value\":\"pro\"}");
    }

    @Test
    void everyRuleSelectsExactlyItsRows() throws IOException {
        Dataset dataset =
                new CsvImporter().load(ImportRequest.of(data), Progress.NONE).dataset();
        JsonNode suggestions = json("--show-all", "--alpha", "0.99", "--top", "20", "--min-support", "40")
                .get("suggestions");

        assertThat(suggestions.size()).isPositive();
        for (JsonNode suggestion : suggestions) {
            String rule = suggestion.get("rule").asText();
            assertThat(Rule.parse(rule).evaluate(dataset).getCardinality())
                    .as(rule)
                    .isEqualTo(suggestion.get("rows").asInt());
        }
    }

    @Test
    void badOptionsAreNamedOnOneLine() {
        CommandRun alpha = CommandRun.of("suggest", data.toString(), "--alpha", "2");
        assertThat(alpha.exitCode()).isEqualTo(2);
        assertThat(alpha.err().strip())
                .contains("--alpha must be above 0 and at most 1, not 2.0")
                .doesNotContain("\n");

        CommandRun column = CommandRun.of("suggest", data.toString(), "--column", "nosuch");
        assertThat(column.exitCode()).isEqualTo(2);
        assertThat(column.err()).contains("nosuch");
    }

    @Test
    void aTranscriptionProjectAlsoListsItsMostFrequentConfusionsWithTheirRules() throws IOException {
        String project = SpeechCopy.in(dir).toString();

        CommandRun run = CommandRun.of("suggest", project, "--format", "json", "--top", "3");
        assertThat(run.err()).isEmpty();
        JsonNode confusions = new ObjectMapper().readTree(run.out()).get("confusions");

        // an alignment written apart in Python (Kaldi's recurrence over the sample's 3,000 rows, 445 of them
        // errors at tolerance 0) counts "to" heard as "two" 28 times in 28 rows, "and" added 20 times in 20,
        // "a" added 17 times in 16 rows
        assertThat(confusions).hasSize(3);
        JsonNode first = confusions.get(0);
        assertThat(first.get("rule").asText()).isEqualTo("recognised against reference mishears \"to\" as \"two\"");
        assertThat(first.get("kind").asText()).isEqualTo("substitution");
        assertThat(first.get("times").asInt()).isEqualTo(28);
        assertThat(first.get("rows").asInt()).isEqualTo(28);
        assertThat(first.get("errors").asInt()).isEqualTo(28);
        assertThat(first.get("error_share").asDouble()).isCloseTo(28 / 445.0, within(1e-12));
        assertThat(confusions.get(1).get("rule").asText()).isEqualTo("recognised against reference adds \"and\"");
        assertThat(confusions.get(2).get("times").asInt()).isEqualTo(17);
        assertThat(confusions.get(2).get("rows").asInt()).isEqualTo(16);
        assertThat(confusions.get(2).get("error_share").asDouble()).isCloseTo(16 / 445.0, within(1e-12));

        String text = CommandRun.of("suggest", project, "--top", "3").out();
        assertThat(text)
                .contains("Word confusions among the errors")
                .contains("to → two")
                .contains("a added");
    }

    @Test
    void aClassificationListsNoConfusions() throws IOException {
        assertThat(json().get("confusions")).isEmpty();
    }
}
