package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.tags.TagPalette;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class TagsImportCommandTest {

    /* Six rows with ids 11–16 (row indices 0–5); rule tag "group b" holds the rows where g = b. */
    private static final String CSV = "id,label,pred,g\n"
            + "11,1,1,a\n"
            + "12,1,0,a\n"
            + "13,0,0,a\n"
            + "14,0,1,b\n"
            + "15,1,0,b\n"
            + "16,0,0,b\n";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path project;

    /** Hand tag "car noise" on id 16, rule tag "group b", id 15 reviewed. */
    @BeforeEach
    void writeProject() throws IOException {
        try (Project p = EvalProject.create(dir, CSV)) {
            project = p.file();
            p.session().createTag(TagDefinition.hand("car noise", "#4e79a7"));
            p.session().createTag(TagDefinition.rule("group b", "#f28e2b", "g == \"b\""));
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(5), true);
            p.session().setReviewed(RoaringBitmap.bitmapOf(4), true);
            p.save();
        }
    }

    private CommandRun importing(String reviews, String... options) throws IOException {
        Path file = Files.writeString(dir.resolve("reviews.csv"), reviews);
        String[] args = Stream.concat(
                        Stream.of("tags", "import", project.toString(), "--from", file.toString()), Stream.of(options))
                .toArray(String[]::new);
        return CommandRun.of(args);
    }

    private Annotations saved() throws IOException {
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            return p.session().snapshot();
        }
    }

    @Test
    void theImportedMarksAreTheNamedAnalysts() throws IOException {
        CommandRun run = importing("id,tag,reviewed\n11,car noise,1\n12,,1\n", "--analyst", "carol");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Annotations work = saved();
        assertThat(work.reviewers(0)).containsExactly("carol");
        assertThat(work.reviewers(1)).containsExactly("carol");
        assertThat(work.taggers("car noise", 0)).containsExactly("carol");
        // what was there before the import stays its own: the fixture's marks are the system user's
        assertThat(work.taggers("car noise", 5)).containsExactly(System.getProperty("user.name"));
    }

    @Test
    void aBlankAnalystIsRefused() throws IOException {
        CommandRun run = importing("id,tag,reviewed\n11,car noise,1\n", "--analyst", " ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("errata: an analyst's name cannot be blank" + NL);
        assertThat(saved().reviewers(0)).isEmpty();
    }

    @Test
    void longFormMergesTagsReviewMarksAndNotes() throws IOException {
        CommandRun run = importing(
                "id,tag,reviewed,note\n"
                        + "11,car noise,1,\n"
                        + "12,car noise,yes,\"said \"\"no\"\", then\"\n"
                        + "12,blurry,,\n"
                        + "13,,TRUE,quiet\n"
                        + "15,,no,\n",
                "--create-tags");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        // car noise gains ids 11 and 12, blurry id 12: 2 rows, 2 tags; reviewed gains 11, 12, 13 and loses 15
        assertThat(run.out())
                .isEqualTo("tagged 2 rows with 2 tags, marked 3 reviewed, set 2 notes" + NL
                        + "untagged 0 rows, unmarked 1 reviewed" + NL
                        + "created tag \"blurry\"" + NL
                        + "saved eval.errata.json" + NL);
        Annotations work = saved();
        assertThat(work.tags()).extracting(TagDefinition::name).containsExactly("car noise", "group b", "blurry");
        assertThat(work.tags().get(2).kind()).isEqualTo(TagKind.HAND);
        assertThat(work.handRows().get("car noise").toArray()).containsExactly(0, 1, 5);
        assertThat(work.handRows().get("blurry").toArray()).containsExactly(1);
        assertThat(work.reviewed().toArray()).containsExactly(0, 1, 2);
        assertThat(work.notes()).containsExactly(Map.entry(1, "said \"no\", then"), Map.entry(2, "quiet"));
    }

    @Test
    void exportedRowsImportedIntoAFreshCopyReproduceTheWorkExactly() throws IOException {
        Path copy = Files.copy(project, dir.resolve("copy.errata.json"));
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            p.session().createTag(TagDefinition.hand("=odd, \"name\"", "#e15759"));
            p.session().setAnalyst("alice");
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(0), true);
            p.session().setTag("=odd, \"name\"", RoaringBitmap.bitmapOf(3), true);
            p.session().setReviewed(RoaringBitmap.bitmapOf(0, 1), true);
            p.session().setAnalyst("bob");
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(3), true);
            p.session().setTag("=odd, \"name\"", RoaringBitmap.bitmapOf(4), true);
            p.session().setReviewed(RoaringBitmap.bitmapOf(3), true);
            p.session().setNote(0, "=HYPERLINK(\"http://x\")");
            p.session().setNote(3, "'quoted, and\non two lines");
            p.session().setNote(5, "-3 dB");
            p.save();
        }
        Path rows = dir.resolve("rows.csv");
        assertThat(CommandRun.of("export", "rows", project.toString(), "--out", rows.toString())
                        .exitCode())
                .isZero();

        CommandRun run = CommandRun.of("tags", "import", copy.toString(), "--from", rows.toString(), "--create-tags");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        // the copy has car noise on id 16 and id 15 reviewed: new are car noise 11, 14 and the odd tag 14, 15
        assertThat(run.out())
                .isEqualTo("tagged 3 rows with 2 tags, marked 3 reviewed, set 3 notes" + NL
                        + "created tag \"=odd, \"name\"\"" + NL
                        + "ignored columns label, pred, g, error" + NL
                        + "ignored the columns of rule and imported tags, whose rows follow from the data: tag:group b"
                        + NL
                        + "saved copy.errata.json" + NL);
        Annotations original = saved();
        project = copy;
        Annotations imported = saved();
        assertThat(imported.tags())
                .isEqualTo(original.tags().stream()
                        .map(t -> t.kind() == TagKind.HAND && t.name().startsWith("=")
                                ? TagDefinition.hand(t.name(), TagPalette.color(2))
                                : t)
                        .toList());
        assertThat(imported.handRows()).isEqualTo(original.handRows());
        assertThat(imported.reviewed()).isEqualTo(original.reviewed());
        // who reviewed and who tagged come back from reviewed_by and tagged_by, not the importer's name
        assertThat(original.reviewedBy()).containsKeys("alice", "bob");
        assertThat(imported.reviewedBy()).isEqualTo(original.reviewedBy());
        assertThat(imported.taggedBy()).isEqualTo(original.taggedBy());
        assertThat(imported.notes()).isEqualTo(original.notes());
        assertThat(imported.notes().get(3)).isEqualTo("'quoted, and\non two lines");
    }

    @Test
    void anAnalystsNameThatIsNoNameIsRefusedWithItsFileLineAndColumn() throws IOException {
        CommandRun run = importing("id,reviewed,reviewed_by\n11,1,ann\n12,1,\"two\nlines\"\n");

        assertThat(run.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("errata: reviews.csv:3:6: reviewed_by: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMarkTheFileNamesNoAnalystForIsTheImporters() throws IOException {
        CommandRun run = importing(
                "id,reviewed,car noise,reviewed_by,tagged_by\n11,1,1,ann,car noise: ann\n12,1,1,,\n",
                "--analyst",
                "lead");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Annotations work = saved();
        // row 11 is index 0, row 12 index 1
        assertThat(work.reviewedBy().get("ann").toArray()).containsExactly(0);
        assertThat(work.reviewedBy().get("lead").toArray()).containsExactly(1);
        assertThat(work.taggedBy().get("car noise").get("ann").toArray()).containsExactly(0);
        assertThat(work.taggedBy().get("car noise").get("lead").toArray()).containsExactly(1);
    }

    @Test
    void anUnknownIdIsRefusedWithItsFileLineAndColumn() throws IOException {
        CommandRun run = importing("note,id\n\"two\nlines\",11\nx,99\n");

        assertThat(run.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("errata: reviews.csv:4:3: no row of the project's data has id \"99\""
                        + " (give --skip-unknown-ids to skip such lines)" + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownIdsAreSkippedAndCountedWhenAsked() throws IOException {
        CommandRun run = importing("id,reviewed\n99,1\n11,1\nnine,1\n", "--skip-unknown-ids");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo("tagged 0 rows with 0 tags, marked 1 reviewed, set 0 notes" + NL
                        + "skipped 2 lines whose id the data lacks, the first at reviews.csv:2:1 \"99\"" + NL
                        + "saved eval.errata.json" + NL);
        assertThat(saved().reviewed().toArray()).containsExactly(0, 4);
    }

    @Test
    void aTagTheProjectLacksIsRefusedUnlessCreated() throws IOException {
        CommandRun longForm = importing("id,tag\n11,car noise\n12, blurry\n");
        assertThat(longForm.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(longForm.err())
                .isEqualTo("errata: reviews.csv:3:4: the project has no hand tag \"blurry\""
                        + " (give --create-tags to create it)" + NL);

        CommandRun wide = importing("id,reviewed,tag:car noise,tag:blurry\n11,1,1,0\n");
        assertThat(wide.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(wide.err())
                .isEqualTo("errata: reviews.csv:1:27: the project has no hand tag \"blurry\""
                        + " (give --create-tags to create it)" + NL);

        CommandRun rule = importing("id,tag\n11,group b\n");
        assertThat(rule.err())
                .isEqualTo("errata: reviews.csv:2:4: tag \"group b\" is a rule tag of the project;"
                        + " only hand tags are set from a file" + NL);
        assertThat(saved().handRows().keySet()).containsExactly("car noise");
    }

    @Test
    void aBadYesOrNoIsRefusedWithItsFileLineAndColumn() throws IOException {
        CommandRun run = importing("id,tag,reviewed\n11,car noise,1\n12,car noise,maybe\n");
        assertThat(run.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo(
                        "errata: reviews.csv:3:14: reviewed is \"maybe\": write 1 or 0, true or false, yes or no" + NL);

        CommandRun wide = importing("id,car noise\n11,2\n");
        assertThat(wide.err())
                .isEqualTo("errata: reviews.csv:2:4: car noise is \"2\": write 1 or 0, true or false, yes or no" + NL);
    }

    @Test
    void aMalformedFileIsRefusedWhereItGoesWrong() throws IOException {
        assertThat(importing("id,tag\n11,\"car noise\n").err())
                .isEqualTo("errata: reviews.csv:2:4: a quoted field is never closed: the file ends inside it" + NL);
        assertThat(importing("id,tag\n11,car noise,1\n").err())
                .isEqualTo("errata: reviews.csv:2:14: the line has 3 fields, the header 2" + NL);
        assertThat(importing("key,tag\n11,car noise\n").err())
                .isEqualTo("errata: reviews.csv:1:1: no id column: the header needs \"id\"" + NL);
        assertThat(importing("").err()).isEqualTo("errata: reviews.csv:1:1: the file is empty" + NL);

        Path latin1 = Files.write(
                dir.resolve("reviews.csv"),
                new byte[] {'i', 'd', ',', 'n', 'o', 't', 'e', '\n', '1', '1', ',', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        CommandRun run = CommandRun.of("tags", "import", project.toString(), "--from", latin1.toString());
        assertThat(run.err())
                .isEqualTo("errata: reviews.csv:2:7: the file is not UTF-8 text: a byte here is not a character" + NL);

        CommandRun missing = CommandRun.of(
                "tags",
                "import",
                project.toString(),
                "--from",
                dir.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ErrataCommand.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("errata: " + dir.resolve("none.csv") + ": no such file" + NL);
        assertThat(saved().reviewed().toArray()).containsExactly(4);
    }

    @Test
    void wideZerosUntagAndUnmarkWhileEmptyCellsChangeNothing() throws IOException {
        CommandRun run = importing("id,error,car noise,reviewed,note\n15,1,,0,\n16,0,0,,\n11,,1,1,\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo("tagged 1 row with 1 tag, marked 1 reviewed, set 0 notes" + NL
                        + "untagged 1 row, unmarked 1 reviewed" + NL
                        + "ignored column error" + NL
                        + "saved eval.errata.json" + NL);
        assertThat(saved().handRows().get("car noise").toArray()).containsExactly(0);
        assertThat(saved().reviewed().toArray()).containsExactly(0);
    }

    @Test
    void aDryRunPrintsWhatWouldChangeAndWritesNothing() throws IOException {
        Path reviews = Files.writeString(dir.resolve("reviews.csv"), "id,tag,reviewed\n11,car noise,1\n");
        Files.delete(Project.journalOf(project));
        Map<String, String> before = listing();

        CommandRun run = CommandRun.of("tags", "import", project.toString(), "--from", reviews.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo("tagged 1 row with 1 tag, marked 1 reviewed, set 0 notes" + NL
                        + "dry run: eval.errata.json is unchanged" + NL);
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void theProjectsOwnFilesAreNotReadAsReviews() throws IOException {
        for (Path own : new Path[] {project, Project.journalOf(project), Project.backupOf(project)}) {
            CommandRun run = CommandRun.of("tags", "import", project.toString(), "--from", own.toString());
            assertThat(run.exitCode()).as(own.toString()).isEqualTo(ErrataCommand.BAD_INPUT);
            assertThat(run.err())
                    .as(own.toString())
                    .startsWith("errata: " + own.getFileName() + " is the project's own ")
                    .endsWith(", not a reviews file" + NL);
        }
        Path link = Files.createSymbolicLink(dir.resolve("innocent.csv"), project);
        CommandRun run = CommandRun.of("tags", "import", project.toString(), "--from", link.toString());
        assertThat(run.err()).isEqualTo("errata: innocent.csv is the project's own file, not a reviews file" + NL);
    }

    /** Every file of the folder with a hash of its bytes. */
    private Map<String, String> listing() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                files.put(
                        p.getFileName().toString(),
                        Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))) + " "
                                + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
