package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errata.data.Progress;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * Journals and recovery fields from elsewhere: a bad count of held edits, a journal larger than memory,
 * a FIFO or a hard link in the journal's place. Each opens without harm and keeps what work it can.
 */
class HostileJournalTest {

    /** A project of save s2, which followed s1; tag "car noise" on row b, reviewed a. */
    private static final String PROJECT = """
            {"version": 1, "save_id": "s2", "previous_save_id": "s1", "journal_edits_held": %s, "data": {"path": "data.csv"},
             "roles": {"id": "id", "label": "label", "prediction": "pred", "task": "binary"},
             "tags": [{"name": "car noise", "color": "#ff0000", "kind": "hand", "rows": ["b"]}],
             "reviewed": ["a"], "notes": {}}
            """;

    private static final String REVIEW_C = "{\"edit\":\"set_reviewed\",\"on\":true,\"rows\":[\"c\"]}\n";
    private static final String REVIEW_D = "{\"edit\":\"set_reviewed\",\"on\":true,\"rows\":[\"d\"]}\n";

    @TempDir
    Path folder;

    private ProjectFixture fx;
    private Path journal;

    @BeforeEach
    void fixture() throws IOException {
        fx = new ProjectFixture(folder);
        journal = Project.journalOf(fx.projectFile);
        Files.writeString(fx.projectFile, PROJECT.formatted("1"));
    }

    @Test
    void aNegativeCountOfHeldEditsOpensWithTheJournalSetAside() throws IOException {
        Files.writeString(fx.projectFile, PROJECT.formatted("-5"));
        Files.writeString(journal, "{\"continues\":\"s1\"}\n" + REVIEW_C + REVIEW_D);

        try (Project p = fx.open()) {
            assertThat(p.session().reviewed().toArray())
                    .as("the file's own work")
                    .containsExactly(0);
            assertThat(p.session().rows("car noise").toArray()).containsExactly(1);
            assertThat(p.warnings())
                    .containsExactly(
                            "churn.errata.json says it holds -5 edits of churn.errata.journal, which no "
                                    + "save writes, so its edits were not replayed; they are kept in churn.errata.journal.unmatched");
        }
        assertThat(folder.resolve("churn.errata.journal.unmatched"))
                .hasContent("{\"continues\":\"s1\"}\n" + REVIEW_C + REVIEW_D);
    }

    @Test
    void aCountOfHeldEditsBeyondTheJournalReplaysNothingOfIt() throws IOException {
        Files.writeString(fx.projectFile, PROJECT.formatted("2147483647"));
        Files.writeString(journal, "{\"continues\":\"s1\"}\n" + REVIEW_C);

        try (Project p = fx.open()) {
            assertThat(p.session().reviewed().toArray()).containsExactly(0);
            assertThat(p.warnings()).isEmpty();
        }
    }

    /** Each field of an edit has its kind; a line with one of another kind is skipped, saying which, and the rest replay. */
    @Test
    void anEditWithAFieldOfTheWrongKindIsSkippedAndTheOthersReplay() throws IOException {
        Files.writeString(
                journal,
                "{\"continues\":\"s2\"}\n"
                        + "{\"edit\":\"set_reviewed\",\"on\":\"yes\",\"rows\":[\"a\"]}\n"
                        + "{\"edit\":\"set_reviewed\",\"on\":true,\"rows\":\"c\"}\n"
                        + "{\"edit\":\"set_tag_rows\",\"tag\":[\"car noise\"],\"on\":true,\"rows\":[\"c\"]}\n"
                        + "{\"edit\":\"set_reviewed\",\"on\":true,\"rows\":[\"c\", 5]}\n"
                        + "{\"edit\":\"delete_tag\",\"position\":\"first\",\"tag\":{\"name\":\"car noise\",\"color\":\"#ff0000\",\"kind\":\"hand\"}}\n"
                        + "{\"edit\":\"redefine_tag\",\"before\":null}\n"
                        + REVIEW_D);

        try (Project p = fx.open()) {
            assertThat(p.session().reviewed().toArray()).containsExactly(0, 3);
            assertThat(p.session().rows("car noise").toArray()).containsExactly(1);
            assertThat(p.warnings())
                    .containsExactly(
                            "recovered 1 unsaved edit from churn.errata.journal",
                            "churn.errata.journal:2: skipped an edit that could not be replayed: the field on must be true or false, not \"yes\"",
                            "churn.errata.journal:3: skipped an edit that could not be replayed: the field rows must be a list of row ids, not \"c\"",
                            "churn.errata.journal:4: skipped an edit that could not be replayed: the field tag must be a text, not [\"car noise\"]",
                            "churn.errata.journal:5: skipped an edit that could not be replayed: the field rows must be a list of row ids, not [\"c\",5]",
                            "churn.errata.journal:6: skipped an edit that could not be replayed: the field position must be a whole number, not \"first\"",
                            "churn.errata.journal:7: skipped an edit that could not be replayed: the field before must be a tag, not null");
        }
    }

    /** Two gigabytes and more of one line (sparse, so cheap on disk) between two edits: the edits come back, the line is skipped. */
    @Test
    void aJournalLargerThanMemoryIsReadAsAStreamSkippingTheLongLine() throws IOException {
        Files.writeString(journal, "{\"continues\":\"s2\"}\n" + REVIEW_C);
        long huge = (1L << 31) + 100;
        try (RandomAccessFile sparse = new RandomAccessFile(journal.toFile(), "rw")) {
            sparse.setLength(huge);
        }
        Files.writeString(journal, "\n" + REVIEW_D, StandardOpenOption.APPEND);

        // a bound on running out of memory or hanging, not a benchmark: the three reads of 2 GB take 14 s alone and
        // over a minute on a shared disk while the whole suite runs
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            try (Project p = fx.open()) {
                assertThat(p.session().reviewed().toArray()).containsExactly(0, 2, 3);
                assertThat(p.warnings())
                        .containsExactly(
                                "recovered 2 unsaved edits from churn.errata.journal",
                                "churn.errata.journal:3: skipped a line longer than a journal line can be ("
                                        + (JournalLines.MAX_LINE >> 20) + " MB)");
                p.session().setReviewed(RoaringBitmap.bitmapOf(4), true);
                p.save();
            }
            try (Project again = fx.open()) {
                assertThat(again.session().reviewed().toArray()).containsExactly(0, 2, 3, 4);
            }
        });
    }

    @Test
    void aFifoInTheJournalsPlaceIsSetAsideUnopened() throws Exception {
        mkfifo(journal);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Project p = fx.open()) {
                assertThat(p.warnings())
                        .containsExactly("churn.errata.journal is not a regular file, so its edits were not replayed; "
                                + "they are kept in churn.errata.journal.unmatched");
                p.session().setReviewed(RoaringBitmap.bitmapOf(4), true);
            }
            try (Project again = fx.open()) {
                assertThat(again.session().reviewed().toArray()).containsExactly(0, 4);
            }
        });
    }

    @Test
    void aFifoInTheProjectFilesPlaceIsRefusedUnopened() throws Exception {
        Files.delete(fx.projectFile);
        mkfifo(fx.projectFile);

        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(fx::open)
                        .isInstanceOf(ProjectFileException.class)
                        .hasMessage("churn.errata.json: is not a regular file"));
    }

    @Test
    void aFifoAsTheDataIsRefusedUnopened() throws Exception {
        Files.delete(fx.csv);
        mkfifo(fx.csv);

        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(fx::open)
                        .isInstanceOf(ProjectFileException.class)
                        .hasMessageStartingWith("churn.errata.json: its data file data.csv is not there"));
    }

    /** A hard link cannot be told from the file by its name; replaying cuts its torn tail and appending writes to it. */
    @Test
    void aJournalHardLinkedToAnotherFileIsNeverWrittenThrough() throws IOException {
        Path outside = Files.createDirectory(folder.resolve("outside"));
        Path victim = outside.resolve("victim.txt");
        String content = "{\"continues\":\"s2\"}\n" + REVIEW_C + "the user's own line, without its newline";
        Files.writeString(victim, content);
        Files.createLink(journal, victim);

        try (Project p = fx.open()) {
            assertThat(p.session().reviewed().toArray()).containsExactly(0, 2);
            p.session().setReviewed(RoaringBitmap.bitmapOf(4), true);
            p.save();
            p.session().setReviewed(RoaringBitmap.bitmapOf(3), true);
        }
        try (Project again = fx.open()) {
            assertThat(again.session().reviewed().toArray()).containsExactly(0, 2, 3, 4);
        }
        assertThat(Files.readString(victim)).isEqualTo(content);
        assertThat((int) Files.getAttribute(journal, "unix:nlink", LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(1);
    }

    /** Opening to read writes nothing: no journal started, none cut, none set aside, no leftovers removed. */
    @Test
    void openingToReadReplaysTheJournalInMemoryAndWritesNothing() throws IOException {
        byte[] torn = ("{\"continues\":\"s2\"}\n" + REVIEW_C + "{\"edit\":\"set_rev").getBytes(StandardCharsets.UTF_8);
        Files.write(journal, torn);

        try (Project p = fx.opener().openToRead(fx.projectFile, Progress.NONE)) {
            assertThat(p.session().reviewed().toArray()).containsExactly(0, 2);
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(torn);

        Files.delete(journal);
        try (Project p = fx.opener().openToRead(fx.projectFile, Progress.NONE)) {
            assertThat(p.session().reviewed().toArray()).containsExactly(0);
        }
        assertThat(journal).doesNotExist();
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process made = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(made.waitFor()).isZero();
    }
}
