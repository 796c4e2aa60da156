package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.compare.ThreeVersions;
import dev.errata.data.Model;
import dev.errata.project.Project;
import dev.errata.tags.TagDefinition;
import dev.errata.workbench.ProjectModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three versions of a model added to a project one after another, and the history they leave, with every
 * number counted by hand from the rows of {@link ThreeVersions}.
 */
class ModelsCommandTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void createProject() throws IOException {
        try (Project p = EvalProject.create(dir, ThreeVersions.CSV)) {
            p.session()
                    .createTag(TagDefinition.rule("x", "#ff0000", "g == \"x\"").withSettings(1.0, 3, 3, null));
            p.save();
            project = p.file();
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void threeVersionsLeaveTheirFiguresInTheHistory() throws IOException {
        CommandRun second = run("models", "add", project.toString(), "--model", "v2=p2", "--date", "2026-10-01");
        assertThat(second.err()).isEmpty();
        assertThat(second.out())
                .contains("added v1: error rate 50.0% on 8 rows, dated 2026-10-01")
                .contains("added v2: error rate 25.0% on 8 rows, dated 2026-10-01");
        CommandRun third = run("models", "add", project.toString(), "--model", "v3=p3", "--date", "2026-11-15");
        assertThat(third.exitCode()).isZero();
        assertThat(third.out()).contains("added v3: error rate 12.5%").doesNotContain("added v1");

        assertThat(run("models", "list", project.toString()).out())
                .isEqualTo("v1=prediction\nv2=p2\nv3=p3\n".replace("\n", System.lineSeparator()));

        JsonNode json = new ObjectMapper()
                .readTree(run("models", "history", project.toString(), "--format", "json")
                        .out());
        assertThat(json.get("format").asText()).isEqualTo("errata-history/1");
        assertThat(json.at("/versions/2/model").asText()).isEqualTo("v3");
        assertThat(json.at("/versions/2/date").asText()).isEqualTo("2026-11-15");
        assertThat(json.at("/versions/1/error_rate").asDouble()).isEqualTo(0.25);
        JsonNode x = json.at("/tags/0");
        assertThat(x.get("tag").asText()).isEqualTo("x");
        assertThat(x.get("error_rates").toString()).isEqualTo("[0.5,0.0,0.25]");
        assertThat(x.at("/predicted_gains/0").asDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(x.at("/predicted_gains/1").asDouble()).isCloseTo(0.0, within(1e-12));
        assertThat(x.at("/achieved_gains/0").asDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(x.at("/achieved_gains/1").asDouble()).isCloseTo(-0.125, within(1e-12));
        JsonNode slices = json.get("slices");
        assertThat(slices).hasSize(2);
        assertThat(slices.get(0).get("column").asText()).isEqualTo("g");
        assertThat(slices.get(0).get("value").asText()).isEqualTo("x");
        assertThat(slices.get(0).get("gaps").toString()).isEqualTo("[0.0,-0.25,0.125]");
        assertThat(slices.get(1).get("gaps").toString()).isEqualTo("[0.0,0.25,-0.125]");
    }

    @Test
    void theTableShowsTheTagAcrossVersionsAndTheLastStepsGains() {
        run("models", "add", project.toString(), "--model", "v2=p2", "--date", "2026-10-01");
        run("models", "add", project.toString(), "--model", "v3=p3", "--date", "2026-11-15");

        String table = run("models", "history", project.toString()).out();

        assertThat(table)
                .containsPattern(
                        "x\\s+50\\.0%\\s+0\\.0%\\s+25\\.0%\\s+\\+25\\.0 pp\\s+\\+25\\.0 pp\\s+\\+0\\.0 pp\\s+−12\\.5 pp");
        assertThat(table).containsPattern("g = y\\s+\\+0\\.0 pp\\s+\\+25\\.0 pp\\s+−12\\.5 pp");
    }

    @Test
    void aCompareOfTheProjectTakesItsModelsAndACheckNamesThem() {
        run("models", "add", project.toString(), "--model", "v2=p2", "--date", "2026-10-01");

        CommandRun compare = run("compare", project.toString(), "--format", "json");
        assertThat(compare.err()).isEmpty();
        assertThat(compare.out()).contains("\"models\" : [ \"v1\", \"v2\" ]");
        // v2 fixes rows 2, 3, 8 and breaks row 4 (as the comparison's own test counts)
        CommandRun check =
                run("check", project.toString(), "--check", "no tag regresses by more than 0.01 between v1 and v2");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    /** The window offers the next free name and the first prediction and score columns no model has yet. */
    @Test
    void theNextModelOfferedIsTheFirstFreePredictionAndScore() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        try (Project p = EvalProject.create(
                other, "id,label,prediction,score,g,prediction_v2,score_v2\n1,a,a,0.2,x,b,0.7\n2,b,b,0.9,y,b,0.8\n")) {
            assertThat(ProjectModels.nextSpec(p)).isEqualTo("v2=prediction_v2:score_v2");
            ProjectModels.add(p, Model.parse("v2=prediction_v2:score_v2"), "v1", LocalDate.of(2026, 12, 1));
            assertThat(ProjectModels.nextSpec(p)).isEqualTo("v3=");
        }
    }

    @Test
    void aHistoryEditedByHandIntoNonsenseIsRefusedInOneLine() throws IOException {
        run("models", "add", project.toString(), "--model", "v2=p2", "--date", "2026-10-01");
        Files.writeString(project, Files.readString(project).replace("\"2026-10-01\"", "\"last tuesday\""));

        CommandRun history = run("models", "history", project.toString());

        assertThat(history.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(history.err().strip())
                .isEqualTo("errata: eval.errata.json: a field has a value of the wrong kind at history[0]: version"
                        + " \"v1\" needs its date as YYYY-MM-DD, not last tuesday");
    }

    @Test
    void aNameTakenOrAColumnMissingIsOneLine() throws IOException {
        run("models", "add", project.toString(), "--model", "v2=p2");
        byte[] before = Files.readAllBytes(project);

        CommandRun taken = run("models", "add", project.toString(), "--model", "v2=p3");
        assertThat(taken.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(taken.err()).contains("a model named \"v2\" already");
        CommandRun missing = run("models", "add", project.toString(), "--model", "v4=p4");
        assertThat(missing.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(missing.err()).contains("p4");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}
