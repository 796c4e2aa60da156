package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    /*
     * Positive class 1; the prediction column is wrong on rows 2, 4 and 7: accuracy 5/8. Class 1 is predicted
     * on rows 1, 4, 5 (two right) and is the label of 1, 2, 5, 7: precision 2/3, recall 1/2.
     * g = a (rows 1, 2, 3, 8): accuracy 3/4, FPR 0 of 2; g = b (rows 4–7): accuracy 1/2, FPR 1 of 2.
     */
    private static final String CSV = """
            id,label,pred,g
            1,1,1,a
            2,1,0,a
            3,0,0,a
            4,0,1,b
            5,1,1,b
            6,0,0,b
            7,1,0,b
            8,0,0,a
            """;

    @TempDir
    Path dir;

    private Path project(String... checks) throws IOException {
        Path data = Files.writeString(dir.resolve("eval.csv"), CSV);
        Path file = dir.resolve("eval.errata.json");
        try (Project project = new ProjectOpener().create(file, ImportRequest.of(data), Progress.NONE)) {
            project.setChecks(List.of(checks));
            project.save();
        }
        return file;
    }

    @Test
    void exitsZeroWhenEveryCheckPassesAndPrintsEachValue() throws IOException {
        Path project =
                project("accuracy >= 0.6", "precision > 0.6 on class \"1\"", "accuracy on column g = \"a\" >= 0.75");
        CommandRun run = CommandRun.of("check", project.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                PASS  accuracy >= 0.6                     0.6250
                PASS  precision > 0.6 on class "1"        0.6667
                PASS  accuracy on column g = "a" >= 0.75  0.7500
                3 of 3 checks passed
                """);
    }

    @Test
    void exitsOneWhenACheckFailsOrCannotBeEvaluated() throws IOException {
        Path project = project("recall >= 0.8 on class \"1\"", "fpr gap over g <= 0.05", "errors <= 3");
        CommandRun run = CommandRun.of("check", project.toString(), "--check", "accuracy >= 0.5 on tag \"blurry\"");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                FAIL  recall >= 0.8 on class "1"       0.5000
                FAIL  fpr gap over g <= 0.05           0.5000
                PASS  errors <= 3                      3
                FAIL  accuracy >= 0.5 on tag "blurry"  no tag "blurry"; there are no tags
                1 of 4 checks passed
                """);
    }

    @Test
    void checksOnDataWithoutAProjectComeFromTheCommandLine() throws IOException {
        Path data = Files.writeString(dir.resolve("eval.csv"), CSV);
        CommandRun run = CommandRun.of("check", data.toString(), "--check", "accuracy on column g = \"b\" >= 0.5");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PASS  accuracy on column g = \"b\" >= 0.5  0.5000");
    }

    @Test
    void exitsTwoWithOneLineForABadCheckOrProject() throws IOException {
        Path project = project("accuracy >= 0.6", "accuracy >= x");
        CommandRun bad = CommandRun.of("check", project.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err())
                .isEqualTo("errata: check 2 \"accuracy >= x\": expected a number but found \"x\" at 12"
                        + System.lineSeparator());

        Path broken = Files.writeString(dir.resolve("broken.errata.json"), "{ not json");
        CommandRun unreadable = CommandRun.of("check", broken.toString());
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).startsWith("errata: broken.errata.json: ").doesNotContain("\tat ");
        assertThat(unreadable.err().lines()).hasSize(1);
    }
}
