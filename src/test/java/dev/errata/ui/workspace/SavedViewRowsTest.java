package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.cli.ErrataCommand;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.SavedView;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A project's saved view shows the same rows in the same order in the window's table and in
 * {@code errata export rows --view}. The small project's android rows are ids 1, 2, 5, 8 and 10 with scores
 * 0.9, 0.4, 0.8, 0.1 and 0.6, so the view "android by score" (search android, score descending) is 1, 5, 10, 2, 8.
 */
class SavedViewRowsTest {

    @TempDir
    Path folder;

    private Path projectWithViews() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Project project = new ProjectOpener().open(small.projectFile, Progress.NONE)) {
            project.setViews(List.of(
                    new SavedView("android by score", "android", "score", "descending", List.of("id", "score")),
                    new SavedView("by score", "", "score", "ascending", List.of())));
            project.save();
        }
        return small.projectFile;
    }

    private static List<String> shownIds(Workspace workspace) {
        return IntStream.range(0, workspace.rows().rows().size())
                .mapToObj(i ->
                        workspace.rows().dataset().rowId(workspace.rows().rows().rowAt(i)))
                .toList();
    }

    private List<String> exportedIds(Path project, String view) throws Exception {
        Path out = folder.resolve(view.replace(' ', '-') + ".csv");
        assertThat(ErrataCommand.commandLine()
                        .execute("export", "rows", project.toString(), "--view", view, "--out", out.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(out);
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",")[0])
                .toList();
    }

    @Test
    void theCommandExportsTheRowsTheWindowShowsForAView() throws Exception {
        Path project = projectWithViews();
        try (Opened opened = Opened.on(project)) {
            Workspace workspace = opened.workspace();
            assertThat(workspace.savedViewNames()).containsExactly("android by score", "by score");

            workspace.applyView("android by score");
            assertThat(shownIds(workspace)).containsExactly("1", "5", "10", "2", "8");
            assertThat(workspace.columns().shownNames()).containsExactly("id", "score");
            assertThat(exportedIds(project, "android by score")).isEqualTo(shownIds(workspace));

            workspace.applyView("by score");
            assertThat(shownIds(workspace)).containsExactly("3", "8", "6", "7", "2", "10", "4", "5", "1", "9");
            assertThat(workspace.rows().searchProperty().get()).isEmpty();
            assertThat(workspace.columns().shownNames()).hasSize(5);
            assertThat(exportedIds(project, "by score")).isEqualTo(shownIds(workspace));
        }
    }

    @Test
    void anUnknownViewIsNamedWithTheProjectsViews() throws Exception {
        Path project = projectWithViews();
        StringWriter err = new StringWriter();
        CommandLine command = ErrataCommand.commandLine();
        command.setErr(new PrintWriter(err));
        int code = command.execute(
                "export",
                "rows",
                project.toString(),
                "--view",
                "ios",
                "--out",
                folder.resolve("x.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no saved view \"ios\"; the project's views: android by score, by score");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }
}
