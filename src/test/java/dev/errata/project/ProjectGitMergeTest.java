package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.Analyst;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * Two analysts keep one project in git, each on a branch, and tag and review rows through the project's
 * own API; the real {@code git merge}, with git's own union merge named in {@code .gitattributes} or with
 * {@code errata merge-driver}, then merges the file without a conflict, and the merged file opens with
 * both branches' work. Without either, git's text merge joins rows whose lines lie apart.
 */
class ProjectGitMergeTest {

    @TempDir
    Path folder;

    @Test
    void twoBranchesThatTaggedDifferentRowsMergeWithoutAConflict() throws Exception {
        ProjectFixture fx = startedRepository("*.errata.json merge=errata\n");
        git("config", "merge.errata.driver", errata() + " merge-driver %O %A %B");
        aliceAndBobMerge(fx);
    }

    /**
     * A fresh clone where nobody configured anything: the committed {@code .gitattributes} names git's own
     * union merge, and the file's lines stand alone, so that neighbouring rows, an untag, a new tag on each
     * side and notes all merge into a file that opens with everything.
     */
    @Test
    void twoBranchesMergeWithGitsOwnUnionAndNoSetUp() throws Exception {
        aliceAndBobMerge(startedRepository("*.errata.json merge=union\n"));
    }

    /** Alice and Bob tag and review rows next to each other's on two branches, and git merges Bob's into Alice's. */
    private void aliceAndBobMerge(ProjectFixture fx) throws Exception {
        git("checkout", "-q", "-b", "alice");
        edit(fx, s -> {
            s.setAnalyst("alice");
            s.setTag("noise", RoaringBitmap.bitmapOf(3, 4), true);
            s.setReviewed(RoaringBitmap.bitmapOf(3, 4, 5), true);
            s.setNote(5, "clipped");
            s.createTag(TagDefinition.hand("blurry", "#00ff00"));
            s.setTag("blurry", RoaringBitmap.bitmapOf(5), true);
        });
        git("commit", "-q", "-am", "alice's rows");

        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "bob");
        edit(fx, s -> {
            s.setAnalyst("bob");
            // rows next to alice's: a merge line by line would conflict on them
            s.setTag("noise", RoaringBitmap.bitmapOf(6, 25, 26), true);
            s.setReviewed(RoaringBitmap.bitmapOf(6, 25, 26, 27), true);
            // an untag of a row alice did not touch
            s.setTag("noise", RoaringBitmap.bitmapOf(30), false);
            s.setNote(27, "fine");
            s.createTag(TagDefinition.hand("cut", "#0000ff"));
            s.setTag("cut", RoaringBitmap.bitmapOf(4), true);
        });
        git("commit", "-q", "-am", "bob's rows");

        git("checkout", "-q", "alice");
        git("merge", "--no-edit", "bob");
        assertThat(Files.readString(fx.projectFile)).doesNotContain("<<<<<<<");

        try (Project merged = fx.open()) {
            TagSession s = merged.session();
            assertThat(s.rows("noise").toArray()).containsExactly(0, 3, 4, 6, 10, 20, 25, 26);
            assertThat(s.rows("blurry").toArray()).containsExactly(5);
            assertThat(s.rows("cut").toArray()).containsExactly(4);
            assertThat(s.reviewed().toArray()).containsExactly(0, 3, 4, 5, 6, 10, 20, 25, 26, 27, 30);
            assertThat(s.notes()).containsExactly(Map.entry(5, "clipped"), Map.entry(27, "fine"));
            // who did what merges row by row too: rows next to each other, each its analyst's
            assertThat(s.reviewers(5)).containsExactly("alice");
            assertThat(s.reviewers(6)).containsExactly("bob");
            assertThat(s.taggers("noise", 4)).containsExactly("alice");
            assertThat(s.taggers("cut", 4)).containsExactly("bob");
            assertThat(s.taggers("noise", 6)).containsExactly("bob");
            assertThat(s.taggers("noise", 0)).containsExactly(Analyst.SYSTEM);
            // the journal beside it continued alice's last save and held no edits: it goes without a word
            assertThat(merged.warnings()).isEmpty();
        }
    }

    /**
     * Without even the attributes file, git's plain text merge joins branches whose rows lie apart: each row
     * is one line, and what changes at every save is not in the file.
     */
    @Test
    void rowsApartMergeWithGitsPlainTextMerge() throws Exception {
        ProjectFixture fx = startedRepository("");

        git("checkout", "-q", "-b", "alice");
        edit(fx, s -> {
            s.setTag("noise", RoaringBitmap.bitmapOf(3), true);
            s.setReviewed(RoaringBitmap.bitmapOf(3), true);
        });
        git("commit", "-q", "-am", "alice's rows");
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "bob");
        edit(fx, s -> {
            // rows are in the order of their ids as text: r10, r15, r20, r3, so r20's line stands between
            s.setReviewed(RoaringBitmap.bitmapOf(15), true);
            s.setTag("noise", RoaringBitmap.bitmapOf(10), false);
        });
        git("commit", "-q", "-am", "bob's rows");

        git("checkout", "-q", "alice");
        git("merge", "--no-edit", "bob");
        try (Project merged = fx.open()) {
            assertThat(merged.session().rows("noise").toArray()).containsExactly(0, 3, 20, 30);
            assertThat(merged.session().reviewed().toArray()).containsExactly(0, 3, 10, 15, 20, 30);
        }
    }

    /**
     * Both branches reviewed one row and tagged it differently: the merge still completes, and the row is a
     * disagreement the project lists when it opens, unreviewed with both tags, not a crash or a silent pick.
     */
    @Test
    void oneRowTaggedDifferentlyOnTwoBranchesIsListedAsADisagreement() throws Exception {
        ProjectFixture fx = startedRepository("*.errata.json merge=union\n");
        git("checkout", "-q", "-b", "alice");
        edit(fx, s -> {
            s.setAnalyst("alice");
            s.setTag("noise", RoaringBitmap.bitmapOf(7), true);
            s.setReviewed(RoaringBitmap.bitmapOf(7, 8), true);
        });
        git("commit", "-q", "-am", "alice's rows");
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "bob");
        edit(fx, s -> {
            s.setAnalyst("bob");
            s.setReviewed(RoaringBitmap.bitmapOf(7, 8), true);
        });
        git("commit", "-q", "-am", "bob's rows");

        git("checkout", "-q", "alice");
        git("merge", "--no-edit", "bob");
        try (Project merged = fx.open()) {
            TagSession s = merged.session();
            assertThat(s.rows("noise").toArray()).containsExactly(0, 7, 10, 20, 30);
            // row 8 both reviewed alike: reviewed by both; row 7 is to settle
            assertThat(s.reviewed().toArray()).containsExactly(0, 8, 10, 20, 30);
            assertThat(s.reviewers(8)).containsExactly("alice", "bob");
            assertThat(merged.warnings())
                    .containsExactly(
                            "1 row was reviewed on two branches of the file with different tags (r7: "
                                    + "noise): they are unreviewed again with every tag either branch gave, to settle in review");
        }
    }

    /**
     * Alice changes a row in two saves while Bob changes the row next to it: the union keeps the row's line
     * from before both of Alice's saves beside her last one, and her last one stands.
     */
    @Test
    void aRowChangedInTwoSavesOnOneBranchStaysAsThatBranchLeftIt() throws Exception {
        ProjectFixture fx = startedRepository("*.errata.json merge=union\n");
        git("checkout", "-q", "-b", "alice");
        edit(fx, s -> s.setTag("noise", RoaringBitmap.bitmapOf(10), false));
        edit(fx, s -> s.setNote(10, "not noise after all"));
        git("commit", "-q", "-am", "alice's row");
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "bob");
        edit(fx, s -> s.setReviewed(RoaringBitmap.bitmapOf(11), true));
        git("commit", "-q", "-am", "bob's row");

        git("checkout", "-q", "alice");
        git("merge", "--no-edit", "bob");
        // the base's line of r10, tagged, and alice's last, with the note
        assertThat(Files.readString(fx.projectFile).split("\\{\"row\":\"r10\"", -1))
                .hasSize(3);
        try (Project merged = fx.open()) {
            TagSession s = merged.session();
            assertThat(s.rows("noise").toArray()).containsExactly(0, 20, 30);
            assertThat(s.notes()).containsExactly(Map.entry(10, "not noise after all"));
            assertThat(s.reviewed().toArray()).containsExactly(0, 10, 11, 20, 30);
            assertThat(merged.warnings()).isEmpty();
        }
    }

    /**
     * Each branch saves a view and a check of its own, both the same new check, and both redefine the view
     * the base had: the union opens with every view and check once, and of the view both redefined the later
     * save's, said so.
     */
    @Test
    void viewsAndChecksBothBranchesAddedMergeWithGitsOwnUnion() throws Exception {
        ProjectFixture fx = startedRepository("*.errata.json merge=union\n");
        SavedView errors = new SavedView("errors", "label != pred", null, null, List.of());
        try (Project p = fx.open()) {
            p.setViews(List.of(errors));
            p.setChecks(List.of("accuracy >= 0.5"));
            p.save();
        }
        git("commit", "-q", "-am", "a view and a check");
        git("checkout", "-q", "-b", "alice");
        SavedView alices = new SavedView("alice's", "tag:noise", "label", "ascending", List.of());
        SavedView errorsByAlice = new SavedView("errors", "label != pred", "label", "descending", List.of());
        SavedView errorsByAliceLater = new SavedView("errors", "label != pred", "pred", "descending", List.of());
        try (Project p = fx.open()) {
            p.setViews(List.of(errorsByAlice, alices));
            p.setChecks(List.of("accuracy >= 0.5", "error_rate <= 0.4", "accuracy >= 0.1"));
            p.save();
            // a second save: alice's view is a generation later than bob's
            p.setViews(List.of(errorsByAliceLater, alices));
            p.save();
        }
        git("commit", "-q", "-am", "alice's view");
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "bob");
        SavedView bobs = new SavedView("bob's", "not reviewed", null, null, List.of("label"));
        try (Project p = fx.open()) {
            p.setViews(List.of(new SavedView("errors", "label == pred", null, null, List.of()), bobs));
            p.setChecks(List.of("accuracy >= 0.5", "accuracy >= 0.1", "error_rate <= 0.3"));
            p.save();
        }
        git("commit", "-q", "-am", "bob's view");

        git("checkout", "-q", "alice");
        git("merge", "--no-edit", "bob");
        try (Project merged = fx.open()) {
            assertThat(merged.views()).containsExactly(errorsByAliceLater, alices, bobs);
            assertThat(merged.checks())
                    .containsExactly("accuracy >= 0.5", "error_rate <= 0.4", "accuracy >= 0.1", "error_rate <= 0.3");
            assertThat(merged.warnings())
                    .containsExactly(
                            "the saved view \"errors\" differs between two branches of the file: kept the later one");
        }
    }

    /** A repository holding a project of 40 rows, "noise" on rows 0, 10, 20 and 30, all four reviewed. */
    private ProjectFixture startedRepository(String attributes) throws Exception {
        ProjectFixture fx = new ProjectFixture(folder);
        String[] ids = new String[40];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "r" + i;
        }
        fx.dataset = ProjectFixture.dataset(ids);
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.hand("noise", "#ff0000"));
            p.session().setTag("noise", RoaringBitmap.bitmapOf(0, 10, 20, 30), true);
            p.session().setReviewed(RoaringBitmap.bitmapOf(0, 10, 20, 30), true);
            p.save();
        }
        Files.writeString(folder.resolve(".gitignore"), "*.errata.journal\n*.errata.save\n*.bak\n");
        Files.writeString(folder.resolve(".gitattributes"), attributes);
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "the project");
        return fx;
    }

    private interface Edits {
        void on(TagSession session);
    }

    private static void edit(ProjectFixture fx, Edits edits) throws IOException {
        try (Project p = fx.open()) {
            edits.on(p.session());
            p.save();
        }
    }

    /** This build's Errata as git runs it: the test's own Java and class path. */
    private static String errata() {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.errata.Launcher";
    }

    private int git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "git", "-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue())
                .as("git %s: %s", String.join(" ", args), output)
                .isZero();
        return git.exitValue();
    }
}
