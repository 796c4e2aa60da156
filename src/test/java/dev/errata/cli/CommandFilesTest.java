package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.FolderTree;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.Analyst;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * What the headless commands write: only the output the user named, never the project's own files or its
 * data, and nothing at all in the project's folder when they only read it.
 */
class CommandFilesTest {

    private static final String CSV = "id,label,pred,g\n1,1,1,a\n2,1,0,a\n3,0,0,b\n4,0,1,b\n";

    @TempDir
    Path dir;

    private Path project;
    private Path out;

    /** A saved project with a .bak and a journal holding one unsaved edit; outputs go to a folder of their own. */
    @BeforeEach
    void writeProject() throws IOException {
        Path data = Files.writeString(dir.resolve("eval.csv"), CSV);
        project = dir.resolve("eval.errata.json");
        try (Project p = new ProjectOpener().create(project, ImportRequest.of(data), Progress.NONE)) {
            p.session().createTag(TagDefinition.hand("noise", "#4e79a7"));
            p.save();
            p.session().setTag("noise", RoaringBitmap.bitmapOf(1), true);
        }
        out = Files.createDirectory(dir.resolve("out"));
    }

    static Stream<List<String>> readingCommands() {
        return Stream.of(
                List.of("metrics", "--project"),
                List.of("check"),
                List.of("report"),
                List.of("export", "rows"),
                List.of("export", "tags"),
                List.of("export", "slices", "--slice", "g"));
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void aCommandThatReadsAProjectWritesNothingInItsFolder(List<String> command) throws IOException {
        Files.delete(Project.journalOf(project));
        Map<String, String> before = FolderTree.of(dir);
        List<String> args = new ArrayList<>(command);
        args.add(project.toString());
        if (command.get(0).equals("report") || command.get(0).equals("export")) {
            args.addAll(List.of("--out", out.resolve("result").toString()));
        }

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> after = FolderTree.of(dir);
        after.keySet().removeIf(name -> name.startsWith("out"));
        before.keySet().removeIf(name -> name.startsWith("out"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theJournalsUnsavedEditsCountInWhatACommandReads() throws IOException {
        CommandRun run = CommandRun.of(
                "export",
                "rows",
                project.toString(),
                "--out",
                out.resolve("rows.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // the tag the journal holds, then reviewed_by (empty) and tagged_by
        assertThat(Files.readAllLines(out.resolve("rows.csv")))
                .element(2)
                .asString()
                .endsWith(",1,,noise: " + Analyst.SYSTEM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "eval.errata.json",
                "./eval.errata.json",
                "out/../eval.errata.json",
                "eval.errata.json.bak",
                "eval.errata.journal",
                "eval.csv",
                "link-to-data.csv",
                "linked-folder/eval.csv"
            })
    void anOutputThatIsTheProjectItsFilesOrItsDataIsRefused(String name) throws IOException {
        Files.createSymbolicLink(dir.resolve("link-to-data.csv"), dir.resolve("eval.csv"));
        Files.createSymbolicLink(dir.resolve("linked-folder"), dir);
        Map<String, String> before = FolderTree.of(dir);

        List<String[]> runs = new ArrayList<>(List.of(
                new String[] {
                    "export",
                    "rows",
                    project.toString(),
                    "--out",
                    dir.resolve(name).toString()
                },
                new String[] {
                    "report", project.toString(), "--out", dir.resolve(name).toString()
                }));
        if (name.endsWith(".csv")) {
            runs.add(new String[] {
                "export",
                "rows",
                dir.resolve("eval.csv").toString(),
                "--out",
                dir.resolve(name).toString()
            });
        }
        for (String[] args : runs) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err())
                    .matches(
                            "errata: will not write "
                                    + java.util.regex.Pattern.quote(
                                            dir.resolve(name).toString())
                                    + ": it is (the project|the project's backup|the project's journal|the data) \\(\\S+\\), which a command only reads\\R");
        }
        assertThat(FolderTree.of(dir)).isEqualTo(before);
    }

    /** Written to a temporary file and renamed: a hard link to the old output keeps what it held. */
    @Test
    void anOutputIsReplacedAsAWholeAndLeavesNoTemporaryFile() throws IOException {
        Path previous = Files.writeString(dir.resolve("previous.csv"), "kept\n");
        Files.createLink(out.resolve("rows.csv"), previous);

        CommandRun run = CommandRun.of(
                "export",
                "rows",
                project.toString(),
                "--out",
                out.resolve("rows.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(previous).hasContent("kept");
        assertThat(Files.readString(out.resolve("rows.csv"))).startsWith("id,label,pred,g,");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("rows.csv");
        }
    }
}
