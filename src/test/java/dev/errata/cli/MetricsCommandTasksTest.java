package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics command on multiclass, regression and joined data. */
class MetricsCommandTasksTest {

    @TempDir
    Path dir;

    private JsonNode metrics(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("metrics", "--format", "json"));
        all.addAll(List.of(args));
        CommandRun run = CommandRun.of(all.toArray(new String[0]));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void multiclassWithClassProbabilityColumns() throws IOException {
        Path data = Files.writeString(dir.resolve("animals.csv"), """
                target,prediction,proba_cat,proba_dog,proba_eel
                cat,cat,0.7,0.2,0.1
                cat,dog,0.3,0.6,0.1
                dog,dog,0.2,0.7,0.1
                eel,eel,0.1,0.1,0.8
                eel,cat,0.5,0.2,0.3
                dog,dog,0.1,0.8,0.1
                """);
        JsonNode m = metrics(data.toString(), "--proba-prefix", "proba_");
        assertThat(m.get("task").asText()).isEqualTo("multiclass");
        assertThat(m.get("confusion").get("matrix").toString()).isEqualTo("[[1,1,0],[0,2,0],[1,0,1]]");
        assertThat(m.get("overall").get("accuracy").asDouble()).isEqualTo(4.0 / 6);
        // F1: cat 1/2 (precision 1/2, recall 1/2), dog 4/5 (2/3, 1), eel 2/3 (1, 1/2); supports all 2.
        double macro = (0.5 + 0.8 + 2.0 / 3) / 3;
        assertThat(m.get("overall").get("macro_f1").asDouble()).isCloseTo(macro, within(1e-12));
        assertThat(m.get("overall").get("weighted_f1").asDouble()).isCloseTo(macro, within(1e-12));
        double logLoss = -(2 * Math.log(0.7) + 2 * Math.log(0.3) + 2 * Math.log(0.8)) / 6;
        assertThat(m.get("overall").get("log_loss").asDouble()).isCloseTo(logLoss, within(1e-12));
        // scikit-learn 1.9.1: roc_auc_score(y, P, multi_class="ovr") = 0.9583333333333334 (weighted the same, as
        // every class has two rows); brier_score_loss(y, P) = 0.34
        assertThat(m.get("overall").get("roc_auc").asDouble()).isCloseTo(0.9583333333333334, within(1e-15));
        assertThat(m.get("overall").get("roc_auc_weighted").asDouble()).isCloseTo(0.9583333333333334, within(1e-15));
        assertThat(m.get("overall").get("brier_score").asDouble()).isCloseTo(0.34, within(1e-15));
        assertThat(m.get("overall").get("pr_auc").isNull()).isTrue();
        assertThat(m.get("rates").isNull()).isTrue();
    }

    @Test
    void regressionFromScikitLearnsR2Example() throws IOException {
        Path data = Files.writeString(dir.resolve("r.csv"), "y_true,y_pred\n3,2.5\n-0.5,0.0\n2,2\n7,8\n");
        JsonNode m = metrics(data.toString());
        JsonNode overall = m.get("overall");
        assertThat(m.get("task").asText()).isEqualTo("regression");
        assertThat(overall.get("r2").asDouble()).isCloseTo(0.9486081370449679, within(1e-12));
        assertThat(overall.get("mae").asDouble()).isEqualTo(0.5);
        assertThat(overall.get("rmse").asDouble()).isCloseTo(Math.sqrt(0.375), within(1e-12));
        // Residuals 0.5, -0.5, 0, -1: mean -0.25; Durbin–Watson (1 + 0.25 + 1) / (0.25 + 0.25 + 0 + 1) = 1.5.
        assertThat(overall.get("mean_residual").asDouble()).isEqualTo(-0.25);
        assertThat(overall.get("durbin_watson").asDouble()).isCloseTo(1.5, within(1e-12));
        // |residuals| 0, 0.5, 0.5, 1: the 80th percentile is 0.5 + 0.4 · 0.5 = 0.7, so one error.
        assertThat(m.get("tolerance").asDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(m.get("errors").asInt()).isEqualTo(1);
        assertThat(overall.get("accuracy").isNull()).isTrue();
        assertThat(metrics(data.toString(), "--tolerance", "0.4").get("errors").asInt())
                .isEqualTo(3);
    }

    @Test
    void aPredictionsFileJoinedOnItsIdAndRowsWithoutAPartnerInTheWarnings() throws IOException {
        Path data = Files.writeString(dir.resolve("data.csv"), "id,region,label\n1,n,yes\n2,s,no\n3,n,yes\n4,s,no\n");
        Path predictions = Files.writeString(dir.resolve("preds.csv"), "id,pred\n4,yes\n2,no\n1,yes\n9,no\n");
        JsonNode m = metrics(data.toString(), "--predictions", predictions.toString(), "--join", "id");
        assertThat(m.get("rows").asInt()).isEqualTo(4);
        assertThat(m.get("evaluable_rows").asInt())
                .as("row 3 has no prediction")
                .isEqualTo(3);
        assertThat(m.get("errors").asInt()).as("row 4: no predicted yes").isEqualTo(1);
        assertThat(m.get("positive_class").asText()).isEqualTo("yes");
        assertThat(m.get("warnings").toString())
                .contains("preds.csv has 1 row whose id is not in data.csv")
                .contains("data.csv has 1 row without predictions in preds.csv");
    }

    @Test
    void aTranscriptionsTagsHaveTheirWordCharacterAndSentenceErrorRatesInTheJsonAndTheTable() throws IOException {
        Path data = Files.writeString(dir.resolve("heard.csv"), """
                reference,recognised,noisy
                the cat sat,the cat sat,0
                two dogs ran,to dogs ran,1
                a big red ball,a red ball,1
                hello world,hello there world,0
                """);
        String[] args = {data.toString(), "--label", "reference", "--prediction", "recognised", "--tag-column", "noisy"
        };
        JsonNode tag = metrics(args).get("tags").get(0);
        // by hand, over the two noisy rows: "two" → "to" one substitution of 3 words, "big" deleted of 4;
        // characters: "two dogs ran" (12) one deletion, "a big red ball" (14) four ("big "); both rows wrong
        assertThat(tag.get("wer").asDouble()).isCloseTo(2.0 / 7, within(1e-15));
        assertThat(tag.get("cer").asDouble()).isCloseTo(5.0 / 26, within(1e-15));
        assertThat(tag.get("sentence_error_rate").asDouble()).isEqualTo(1.0);

        List<String> text = new ArrayList<>(List.of("metrics"));
        text.addAll(List.of(args));
        CommandRun run = CommandRun.of(text.toArray(new String[0]));
        assertThat(run.exitCode()).isZero();
        String tags = run.out().substring(run.out().indexOf("Tags"));
        assertThat(tags.lines().skip(1).findFirst().orElseThrow()).contains("WER", "CER", "sentence error rate");
        // the table's line says the JSON's numbers as percentages: 28.6%, 19.2%, 100.0%
        List<String> cells =
                List.of(tags.lines().skip(2).findFirst().orElseThrow().strip().split("\\s+"));
        assertThat(cells.subList(cells.size() - 3, cells.size())).containsExactly("28.6%", "19.2%", "100.0%");
    }
}
