package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/** {@code errata agreement} and {@code errata merge} on two analysts' copies of one project. */
class TeamCommandsTest {

    /** Twelve rows with ids 11–22 (row indices 0–11). */
    private static final String CSV = "id,label,pred\n11,1,1\n12,1,0\n13,0,0\n14,0,1\n15,1,0\n16,0,0\n"
            + "17,1,1\n18,1,0\n19,0,0\n20,0,1\n21,1,0\n22,0,0\n";

    @TempDir
    Path dir;

    private Path alice;
    private Path bob;

    /**
     * Alice reviews rows 0–9 and tags "noise" on 2, 3, 4, 8; Bob reviews 2–11 and tags 2, 3, 5, 8, 9.
     * Both reviewed rows 2–9 (ids 13–20); they disagree on rows 4, 5 and 9 (ids 15, 16, 20). Neither
     * tagged "blurry" anywhere.
     */
    @BeforeEach
    void twoAnalysts() throws IOException {
        try (Project p = EvalProject.create(dir, CSV)) {
            p.session().createTag(TagDefinition.hand("noise", "#4e79a7"));
            p.session().createTag(TagDefinition.hand("blurry", "#f28e2b"));
            p.save();
            alice = p.file();
        }
        bob = Files.copy(alice, dir.resolve("bob.errata.json"));
        work(
                "alice",
                alice,
                RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                RoaringBitmap.bitmapOf(2, 3, 4, 8),
                Map.of(0, "alice's"));
        work(
                "bob",
                bob,
                RoaringBitmap.bitmapOf(2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                RoaringBitmap.bitmapOf(2, 3, 5, 8, 9),
                Map.of(11, "bob's"));
    }

    private static void work(
            String analyst, Path project, RoaringBitmap reviewed, RoaringBitmap noise, Map<Integer, String> notes)
            throws IOException {
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            p.session().setAnalyst(analyst);
            p.session().setReviewed(reviewed, true);
            p.session().setTag("noise", noise, true);
            notes.forEach(p.session()::setNote);
            p.save();
        }
    }

    /**
     * Over rows 2–9 alice says 1,1,1,0,0,0,1,0 and bob 1,1,0,1,0,0,1,1: scikit-learn 1.9.1's
     * {@code cohen_kappa_score} is 0.25, and Fleiss, Cohen and Everitt's interval in NumPy
     * −0.3996424176639115 to 0.8996424176639115; raw agreement 5 of 8.
     */
    @Test
    void agreementAsJsonGivesKappaItsIntervalAndTheRowsInDisagreement() throws IOException {
        CommandRun run = CommandRun.of("agreement", alice.toString(), bob.toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("both_reviewed").asInt()).isEqualTo(8);
        JsonNode noise = json.path("tags").get(0);
        assertThat(noise.path("tag").asText()).isEqualTo("noise");
        assertThat(noise.path("kappa").asDouble()).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.path("kappa_low").asDouble())
                .isEqualTo(-0.3996424176639115, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.path("kappa_high").asDouble())
                .isEqualTo(0.8996424176639115, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.path("agreement").asDouble()).isEqualTo(0.625);
        assertThat(noise.path("both_reviewed").asInt()).isEqualTo(8);
        assertThat(noise.path("disagreements")).extracting(JsonNode::asText).containsExactly("15", "16", "20");
        assertThat(noise.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly(
                        "tag", "kappa", "kappa_low", "kappa_high", "agreement", "both_reviewed", "disagreements");
        JsonNode blurry = json.path("tags").get(1);
        assertThat(blurry.path("kappa").isNull()).isTrue();
        assertThat(blurry.path("agreement").asDouble()).isEqualTo(1.0);
    }

    /**
     * Carol reviews rows 0–5 and 8–11 and tags 0, 2, 3, 4, 9, 10: every row is reviewed by two or more.
     * A Python transcription of Krippendorff's coincidence matrix gives α = 0.22666666666666668 and a
     * pairwise agreement of 0.5833333333333334; the rows someone answered otherwise are ids 11, 15, 16, 19, 20, 21.
     */
    @Test
    void agreementOfThreeGivesKrippendorffsAlphaPerTag() throws IOException {
        Path carol = Files.copy(alice, dir.resolve("carol.errata.json"));
        try (Project p = new ProjectOpener().open(carol, Progress.NONE)) {
            p.session().setReviewed(p.session().reviewed(), false);
            p.session().setTag("noise", p.session().rows("noise"), false);
            p.save();
        }
        work(
                "carol",
                carol,
                RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5, 8, 9, 10, 11),
                RoaringBitmap.bitmapOf(0, 2, 3, 4, 9, 10),
                Map.of());
        CommandRun run =
                CommandRun.of("agreement", alice.toString(), bob.toString(), carol.toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("both_reviewed").asInt()).isEqualTo(12);
        JsonNode noise = json.path("tags").get(0);
        assertThat(noise.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly(
                        "tag", "alpha", "alpha_low", "alpha_high", "agreement", "both_reviewed", "disagreements");
        assertThat(noise.path("alpha").asDouble())
                .isEqualTo(0.22666666666666668, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.path("alpha_low").asDouble()).isLessThan(0.2267);
        assertThat(noise.path("alpha_high").asDouble()).isGreaterThan(0.2267);
        assertThat(noise.path("agreement").asDouble())
                .isEqualTo(0.5833333333333334, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(noise.path("disagreements"))
                .extracting(JsonNode::asText)
                .containsExactly("11", "15", "16", "19", "20", "21");

        CommandRun table = CommandRun.of("agreement", alice.toString(), bob.toString(), carol.toString());
        assertThat(table.out())
                .contains("12 rows reviewed by two or more")
                .containsPattern("tag +alpha  95% interval")
                .contains("(alpha undefined: all said no to every row, so chance alone explains the agreement)");
    }

    @Test
    void agreementAsATableSaysWhichDefinitionsNeedWorkAndWhyKappaIsUndefined() {
        CommandRun run = CommandRun.of("agreement", alice.toString(), bob.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("8 rows reviewed by both")
                .containsPattern(
                        "noise +0\\.25  -0\\.40 to 0\\.90 +62\\.5%  3  \\(under 0\\.6: the definition needs work\\)")
                .contains("(kappa undefined: both said no to every row, so chance alone explains the agreement)");
    }

    @Test
    void mergeTakesTheUnionAndKeepsTheDisagreementsToSettleInReviewMode() throws IOException {
        Path merged = dir.resolve("merged.errata.json");
        CommandRun run = CommandRun.of("merge", alice.toString(), bob.toString(), "--out", merged.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("wrote " + merged + "; 3 rows in disagreement, in its review queue");
        try (Project p = new ProjectOpener().open(merged, Progress.NONE)) {
            assertThat(p.warnings()).isEmpty();
            assertThat(p.session().rows("noise").toArray()).containsExactly(2, 3, 4, 5, 8, 9);
            // rows 4, 5 and 9 are unreviewed again, and the queue review mode walks
            assertThat(p.session().reviewed().toArray()).containsExactly(0, 1, 2, 3, 6, 7, 8, 10, 11);
            assertThat(p.session().reviewQueue().orElseThrow().rows()).containsExactly(4, 5, 9);
            assertThat(p.session().notes()).containsExactly(Map.entry(0, "alice's"), Map.entry(11, "bob's"));
            // who did what comes through: a row both reviewed is both's, a contested row no one's until settled
            assertThat(p.session().reviewers(0)).containsExactly("alice");
            assertThat(p.session().reviewers(2)).containsExactly("alice", "bob");
            assertThat(p.session().reviewers(4)).isEmpty();
            assertThat(p.session().reviewers(11)).containsExactly("bob");
            assertThat(p.session().taggers("noise", 2)).containsExactly("alice", "bob");
            assertThat(p.session().taggers("noise", 4)).containsExactly("alice");
            assertThat(p.session().taggers("noise", 9)).containsExactly("bob");
        }
    }

    /** Ten rows drawn, two shared: each of two analysts has the two and four of their own. */
    @Test
    void aQueueSplitBetweenAnalystsIsSavedWithTheProject() throws IOException {
        CommandRun run = CommandRun.of(
                "review",
                "sample",
                alice.toString(),
                "--errors",
                "6",
                "--correct",
                "4",
                "--seed",
                "5",
                "--split",
                "alice,bob",
                "--overlap",
                "2");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("  alice's share: 6 rows, the 2 shared first" + System.lineSeparator())
                .contains("  bob's share: 6 rows, the 2 shared first" + System.lineSeparator());
        try (Project p = new ProjectOpener().open(alice, Progress.NONE)) {
            var queue = p.session().reviewQueue().orElseThrow();
            assertThat(queue.rows()).hasSize(10);
            List<Integer> mine = queue.rowsFor("alice");
            List<Integer> theirs = queue.rowsFor("bob");
            assertThat(mine.subList(0, 2)).isEqualTo(theirs.subList(0, 2));
            assertThat(mine.subList(2, 6)).doesNotContainAnyElementsOf(theirs);
            assertThat(new java.util.HashSet<>(mine)).hasSize(6);
        }

        CommandRun alone = CommandRun.of("review", "sample", bob.toString(), "--overlap", "2");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err())
                .isEqualTo("errata: --overlap shares rows between the analysts of --split; name them"
                        + System.lineSeparator());
    }

    /**
     * A queue of ten drawn whole, alice has reviewed rows 0–9 of the data: split later, the shares hold the
     * queue's rows she has not reviewed, one shared, the rest each to one analyst.
     */
    @Test
    void aQueueAlreadyDrawnIsSplitLaterBetweenAnalysts() throws IOException {
        CommandRun draw =
                CommandRun.of("review", "sample", alice.toString(), "--errors", "6", "--correct", "4", "--seed", "5");
        assertThat(draw.exitCode()).as(draw.err()).isZero();
        List<Integer> remaining;
        try (Project p = new ProjectOpener().open(alice, Progress.NONE)) {
            RoaringBitmap reviewed = p.session().reviewed();
            remaining = p.session().reviewQueue().orElseThrow().rows().stream()
                    .filter(row -> !reviewed.contains(row))
                    .toList();
        }
        assertThat(remaining).isNotEmpty();
        CommandRun run =
                CommandRun.of("review", "split", alice.toString(), "--between", "alice,bob,carol", "--overlap", "1");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("split the " + remaining.size() + " rows not yet reviewed of the review queue of "
                        + alice.getFileName());
        try (Project p = new ProjectOpener().open(alice, Progress.NONE)) {
            var shares = p.session().reviewQueue().orElseThrow().shares();
            assertThat(shares).containsOnlyKeys("alice", "bob", "carol");
            Integer shared = shares.get("alice").get(0);
            List<Integer> all = new java.util.ArrayList<>(List.of(shared));
            shares.values().forEach(share -> {
                assertThat(share.get(0)).isEqualTo(shared);
                all.addAll(share.subList(1, share.size()));
            });
            assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(remaining);
        }

        CommandRun none = CommandRun.of("review", "split", bob.toString(), "--between", "alice,bob");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err())
                .isEqualTo("errata: " + bob + " has no review queue to split; draw one with errata review sample"
                        + System.lineSeparator());
    }

    /** Projects from before analysts were recorded: --analysts says whose each one's marks are. */
    @Test
    void mergeAttributesTheMarksOfOldProjectsToTheAnalystsNamed() throws IOException {
        for (Path project : List.of(alice, bob)) {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(project.toFile());
            // who reviewed and who tagged each row are on the row's line
            tree.withArray("rows").forEach(row -> {
                if (row instanceof ObjectNode line) {
                    line.remove("reviewed_by");
                    line.with("tags")
                            .fieldNames()
                            .forEachRemaining(tag -> line.with("tags").putArray(tag));
                }
            });
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(project.toFile(), tree);
            Files.deleteIfExists(Project.journalOf(project));
        }
        Path merged = dir.resolve("merged.errata.json");
        CommandRun run = CommandRun.of(
                "merge", alice.toString(), bob.toString(), "--out", merged.toString(), "--analysts", "ann,ben");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        try (Project p = new ProjectOpener().open(merged, Progress.NONE)) {
            assertThat(p.session().reviewers(0)).containsExactly("ann");
            assertThat(p.session().reviewers(3)).containsExactly("ann", "ben");
            assertThat(p.session().reviewers(11)).containsExactly("ben");
            assertThat(p.session().taggers("noise", 8)).containsExactly("ann", "ben");
            assertThat(p.session().taggers("noise", 9)).containsExactly("ben");
        }

        CommandRun one = CommandRun.of(
                "merge", alice.toString(), bob.toString(), "--out", merged.toString(), "--analysts", "ann");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err())
                .isEqualTo(
                        "errata: name the analysts of the two projects, A's then B's, not 1" + System.lineSeparator());
    }

    @Test
    void mergeReportsATagDefinedDifferentlyAndKeepsTheFirst() throws IOException {
        try (Project p = new ProjectOpener().open(bob, Progress.NONE)) {
            p.session().describeTag("noise", "any sound but speech");
            p.save();
        }
        CommandRun run = CommandRun.of(
                "merge",
                alice.toString(),
                bob.toString(),
                "--out",
                dir.resolve("m.errata.json").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo("errata: the definitions of tag \"noise\" differ: kept the first project's"
                        + System.lineSeparator());
    }

    /** A copy in another folder names the same data by another path, which is no difference; other settings are one. */
    @Test
    void mergeOfAProjectElsewhereReportsOnlyWhatReallyDiffers() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path moved = elsewhere.resolve("carol.errata.json");
        try (Project p = new ProjectOpener().open(bob, Progress.NONE)) {
            p.setSettings(new dev.errata.project.ProjectSettings(0.7, null));
            p.saveAs(moved);
        }
        Path merged = dir.resolve("m.errata.json");
        CommandRun run = CommandRun.of("merge", alice.toString(), moved.toString(), "--out", merged.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo("errata: the settings differ: kept the first project's" + System.lineSeparator());
        try (Project p = new ProjectOpener().open(merged, Progress.NONE)) {
            assertThat(p.settings().threshold()).isEqualTo(0.5);
            assertThat(p.session().rows("noise").toArray()).containsExactly(2, 3, 4, 5, 8, 9);
        }
    }

    @Test
    void mergeRefusesOtherDataAndToOverwriteItsInputs() throws IOException {
        CommandRun overwrite = CommandRun.of("merge", alice.toString(), bob.toString(), "--out", bob.toString());
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err())
                .startsWith("errata: will not write " + bob + ": it is bob.errata.json, which the merge reads");

        Path other = Files.createDirectories(dir.resolve("other"));
        try (Project p = EvalProject.create(other, CSV.replace("22,0,0", "22,1,1"))) {
            p.save();
        }
        CommandRun elsewhere = CommandRun.of(
                "merge",
                alice.toString(),
                other.resolve("eval.errata.json").toString(),
                "--out",
                dir.resolve("m.errata.json").toString());
        assertThat(elsewhere.exitCode()).isEqualTo(2);
        assertThat(elsewhere.err())
                .contains("is over other data than eval.errata.json")
                .contains("only projects over the same data merge");
        assertThat(List.of(Files.exists(dir.resolve("m.errata.json")))).containsExactly(false);
    }
}
