package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnChoice;
import dev.errata.data.ColumnRoles;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.report.MetricsJson;
import dev.errata.tags.TagDefinition;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.AnalysisRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rule tags and tags of flag columns counted by the job equal the desktop's on the same rows: the rules of a
 * project, evaluated by the desktop's rule language in the partitions, and flag columns named and matched by
 * a glob, as `errata metrics --project … --tag-column … --tag-columns …` counts them.
 */
class SparkTagsTest extends LocalSpark {

    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", null, null, null, "yes");

    /** Rules over a number with gaps, text with gaps and words, with and, or, not, in, contains and is missing. */
    private static final Map<String, String> RULES = Map.of(
            "quiet ios", "snr < 10 and device == \"ios\"",
            "web or unknown snr", "device in (\"web\", \"android\") or snr is missing",
            "not loud", "not (snr >= 5)",
            "battery", "comment contains \"battery\"",
            "known device, some signal", "snr >= 2.5 and not device is missing",
            "tier", "tier != 2");

    @Test
    void theJobCountsAProjectsRulesAndFlagColumnsAsTheDesktopDoes() throws Exception {
        Path csv = generated(dir.resolve("eval.csv"), 12_000, new Random(5));
        Path projectFile = dir.resolve("eval.errata.json");
        Project project =
                new ProjectOpener().create(projectFile, ImportRequest.of(csv).withOverrides(ROLES), Progress.NONE);
        RULES.forEach((name, rule) -> project.session()
                .createTag(TagDefinition.rule(name, "#336699", rule)
                        .withSettings(name.equals("battery") ? 0.95 : null, null, null, null)));
        project.session().createTag(TagDefinition.hand("looked at", "#993366"));
        project.save();

        List<String> columns = List.of("flag_a");
        List<String> globs = List.of("is_*", "flag_*");
        JsonNode desktop = MetricsJson.tree(Analysis.load(new AnalysisRequest(
                        projectFile, null, null, null, List.of(), List.of(), 5, columns, globs, ColumnChoice.ALL))
                .summarize());
        TagRequest request = new TagRequest(ProjectOpener.tagDefinitions(projectFile), columns, globs, Map.of());
        JsonNode job = MetricsJson.tree(SparkJob.summarize(
                spark,
                csv.toString(),
                new SlicesOnSpark.Roles("y", "p", "string", List.of(), List.of()),
                "yes",
                null,
                request));

        // the desktop's tags less its hand tag, whose rows are the analysts' marks: six rules, then flag_a
        // (named), is_noisy, flag_b (matched); flag_bad holds other values and is left out by both
        List<String> desktopNames = new ArrayList<>();
        desktop.get("tags").forEach(tag -> desktopNames.add(tag.get("tag").asText()));
        assertThat(desktopNames).contains("looked at").doesNotContain("flag_bad");
        List<JsonNode> expected = new ArrayList<>();
        desktop.get("tags").forEach(tag -> {
            if (!tag.get("tag").asText().equals("looked at")) {
                expected.add(tag);
            }
        });
        assertThat(expected).hasSize(9);
        assertThat(job.get("tags")).hasSize(9);
        for (int t = 0; t < expected.size(); t++) {
            LocalSpark.assertClose("tags[" + t + "]", job.get("tags").get(t), expected.get(t));
        }
        assertThat(job.get("warnings").toString()).contains("hand tags").contains("looked at");
        // every tag holds rows, so no figure above was compared on empty counts alone
        assertThat(job.get("tags").findValues("count").stream().mapToLong(JsonNode::asLong))
                .allMatch(n -> n > 0);
    }

    @Test
    void aRuleNamingAColumnTheDataLacksAndAFlagColumnHoldingOtherValuesAreRefusedByName() throws Exception {
        Path csv = generated(dir.resolve("bad.csv"), 300, new Random(6));
        SlicesOnSpark.Roles roles = new SlicesOnSpark.Roles("y", "p", "string", List.of(), List.of());
        assertThatThrownBy(() -> SparkJob.summarize(
                        spark,
                        csv.toString(),
                        roles,
                        "yes",
                        null,
                        new TagRequest(List.of(), List.of(), List.of(), Map.of("x", "signal > 3"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column \"signal\"");
        assertThatThrownBy(() -> SparkJob.summarize(
                        spark,
                        csv.toString(),
                        roles,
                        "yes",
                        null,
                        new TagRequest(List.of(), List.of("flag_bad"), List.of(), Map.of())))
                .hasStackTraceContaining("column \"flag_bad\" holds \"x\"");
    }

    /**
     * Rows of a binary classification (3% without a prediction, which no tag's figures count) with a signal-to-noise ratio (missing in 5%), a device (missing in 5%),
     * a comment of a few words, a tier of whole numbers, and flag columns: true/false with gaps, 1/0, yes/no,
     * and one holding "x" as well.
     */
    private static Path generated(Path file, int rows, Random random) throws Exception {
        String[] devices = {"ios", "android", "web"};
        String[] words = {"battery", "screen", "slow", "crash", "fine"};
        StringBuilder csv = new StringBuilder("id,y,p,snr,device,comment,tier,flag_a,flag_b,is_noisy,flag_bad\n");
        for (int r = 0; r < rows; r++) {
            boolean positive = random.nextDouble() < 0.4;
            boolean wrong = random.nextDouble() < 0.2;
            String snr = random.nextDouble() < 0.05 ? "" : String.valueOf(Math.round(random.nextDouble() * 200) / 10.0);
            String device = random.nextDouble() < 0.05 ? "" : devices[random.nextInt(devices.length)];
            String comment = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
            csv.append(r)
                    .append(',')
                    .append(positive ? "yes" : "no")
                    .append(',')
                    .append(random.nextDouble() < 0.03 ? "" : positive != wrong ? "yes" : "no")
                    .append(',')
                    .append(snr)
                    .append(',')
                    .append(device)
                    .append(',')
                    .append(comment)
                    .append(',')
                    .append(random.nextInt(4))
                    .append(',')
                    .append(random.nextDouble() < 0.1 ? "" : random.nextBoolean() ? "true" : "False")
                    .append(',')
                    .append(random.nextDouble() < 0.3 ? 1 : 0)
                    .append(',')
                    .append(random.nextBoolean() ? "yes" : "NO")
                    .append(',')
                    .append(r % 50 == 7 ? "x" : "true")
                    .append('\n');
        }
        return Files.writeString(file, csv);
    }
}
