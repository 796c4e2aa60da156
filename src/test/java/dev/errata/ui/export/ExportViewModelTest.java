package dev.errata.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.cli.ErrataCommand;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/** The window's exports write what the commands write for the same project, through the same report code. */
class ExportViewModelTest {

    @TempDir
    Path folder;

    private Path exported(Opened opened, String name, Runnable export) {
        opened.dialogs.fileToSave = folder.resolve(name);
        export.run();
        return folder.resolve(name);
    }

    private Path commandOutput(String... args) {
        Path out = folder.resolve("command-" + args[1] + ".csv");
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        assertThat(ErrataCommand.commandLine().execute(all.toArray(String[]::new)))
                .isZero();
        return out;
    }

    @Test
    void writesTheRowsTagsAndSlicesTheExportCommandWrites() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            ExportViewModel exports = opened.workspace().exports();
            Path rows = exported(opened, "rows.csv", () -> exports.exportRows(false));
            Path tags = exported(opened, "tags.csv", exports::exportTagMetrics);
            Path slices = exported(opened, "slices.csv", exports::exportSliceMetrics);

            String project = small.projectFile.toString();
            assertThat(rows).hasSameTextualContentAs(commandOutput("export", "rows", project));
            assertThat(tags).hasSameTextualContentAs(commandOutput("export", "tags", project));
            assertThat(slices).hasSameTextualContentAs(commandOutput("export", "slices", project, "--slice", "device"));
            assertThat(opened.dialogs.notices).containsExactly("Wrote rows.csv", "Wrote tags.csv", "Wrote slices.csv");
        }
    }

    @Test
    void writesTheRowsOfTheCurrentFilterInTableOrderWithUnsavedTags() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = opened.workspace();
            workspace.state().edit("tag", s -> s.setTag("noisy", RoaringBitmap.bitmapOf(3), true));
            workspace.rows().errorsOnlyProperty().set(true);

            Path rows = exported(opened, "errors.csv", () -> workspace.exports().exportRows(true));

            List<String> lines = Files.readAllLines(rows);
            assertThat(lines.get(0))
                    .isEqualTo("id,label,prediction,score,device,error,reviewed,note,tag:noisy,reviewed_by,tagged_by");
            assertThat(lines.subList(1, lines.size()))
                    .extracting(line -> line.split(",")[0])
                    .containsExactly("2", "4", "7", "10");
            assertThat(lines.get(2))
                    .endsWith(",1,0,,1,,noisy: " + workspace.state().session().analyst());
        }
    }

    @Test
    void writesAnHtmlOrAMarkdownReportByTheFileName() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            ExportViewModel exports = opened.workspace().exports();
            Path html = exported(opened, "small-report.html", exports::exportReport);
            Path markdown = exported(opened, "small-report.md", exports::exportReport);

            assertThat(Files.readString(html))
                    .startsWith("<!DOCTYPE html>")
                    .contains("<title>Error analysis: small</title>");
            assertThat(Files.readString(markdown))
                    .startsWith("# Error analysis: small")
                    .doesNotContain("<html");
            // the report command makes them with the same code from the same analysis: the same bytes, and for
            // Markdown the same figure files beside the report (the same name in another folder, as links name it)
            Path commandHtml = folder.resolve("command-report.html");
            Path commandMarkdown =
                    Files.createDirectories(folder.resolve("command")).resolve("small-report.md");
            assertThat(ErrataCommand.commandLine()
                            .execute("report", small.projectFile.toString(), "--out", commandHtml.toString()))
                    .isZero();
            assertThat(ErrataCommand.commandLine()
                            .execute("report", small.projectFile.toString(), "--out", commandMarkdown.toString()))
                    .isZero();
            assertThat(Files.readAllBytes(html)).isEqualTo(Files.readAllBytes(commandHtml));
            assertThat(Files.readAllBytes(markdown)).isEqualTo(Files.readAllBytes(commandMarkdown));
            Path figures = folder.resolve("small-report-figures");
            Path commandFigures = commandMarkdown.resolveSibling("small-report-figures");
            assertThat(figures.resolve("confusion-matrix.svg")).exists();
            try (var written = Files.list(figures)) {
                for (Path figure : written.toList()) {
                    assertThat(Files.readAllBytes(figure))
                            .as(figure.getFileName().toString())
                            .isEqualTo(Files.readAllBytes(commandFigures.resolve(figure.getFileName())));
                }
            }
            assertThat(Files.readString(markdown)).contains("](small-report-figures/confusion-matrix.svg)");
        }
    }

    @Test
    void writesNothingWhenTheUserCancelsTheFileChooser() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            opened.workspace().exports().exportReport();
            assertThat(opened.dialogs.notices).isEmpty();
            assertThat(opened.dialogs.errors).isEmpty();
        }
    }
}
