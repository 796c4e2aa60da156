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
 * Two analysts keep one project in git, each on a branch, and tag and review different rows through the
 * project's own API; the real {@code git merge}, with {@code errata merge-driver} as the project file's
 * driver, then merges the file without a conflict, and the merged file opens with both branches' work.
 * Without the driver git merges line by line and conflicts where both add rows between the same two lines
 * (an empty list of notes, two rows next to each other).
 */
class ProjectGitMergeTest {

    @TempDir
    Path folder;

    @Test
    void twoBranchesThatTaggedDifferentRowsMergeWithoutAConflict() throws Exception {
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
        // what each analyst keeps to themselves: the journal, the record of the last save and the backup
        Files.writeString(folder.resolve(".gitignore"), "*.errata.journal\n*.errata.save\n*.bak\n");
        Files.writeString(folder.resolve(".gitattributes"), "*.errata.json merge=errata\n");
        git("init", "-q", "-b", "main");
        git("config", "merge.errata.driver", errata() + " merge-driver %O %A %B");
        git("add", ".");
        git("commit", "-q", "-m", "the project");

        git("checkout", "-q", "-b", "alice");
        edit(fx, s -> {
            s.setAnalyst("alice");
            s.setTag("noise", RoaringBitmap.bitmapOf(3, 4), true);
            s.setReviewed(RoaringBitmap.bitmapOf(3, 4, 5), true);
            s.setNote(5, "clipped");
        });
        git("commit", "-q", "-am", "alice's rows");

        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", "bob");
        edit(fx, s -> {
            s.setAnalyst("bob");
            // rows next to alice's: a merge line by line would conflict on them
            s.setTag("noise", RoaringBitmap.bitmapOf(6, 25, 26), true);
            s.setReviewed(RoaringBitmap.bitmapOf(6, 25, 26, 27), true);
            s.setTag("noise", RoaringBitmap.bitmapOf(30), false);
            s.setNote(27, "fine");
        });
        git("commit", "-q", "-am", "bob's rows");

        git("checkout", "-q", "alice");
        git("merge", "--no-edit", "bob");
        assertThat(Files.readString(fx.projectFile)).doesNotContain("<<<<<<<");

        try (Project merged = fx.open()) {
            TagSession s = merged.session();
            assertThat(s.rows("noise").toArray()).containsExactly(0, 3, 4, 6, 10, 20, 25, 26);
            assertThat(s.reviewed().toArray()).containsExactly(0, 3, 4, 5, 6, 10, 20, 25, 26, 27, 30);
            assertThat(s.notes()).containsExactly(Map.entry(5, "clipped"), Map.entry(27, "fine"));
            // who did what merges row by row too: rows next to each other, each its analyst's
            assertThat(s.reviewers(5)).containsExactly("alice");
            assertThat(s.reviewers(6)).containsExactly("bob");
            assertThat(s.taggers("noise", 4)).containsExactly("alice");
            assertThat(s.taggers("noise", 6)).containsExactly("bob");
            assertThat(s.taggers("noise", 0)).containsExactly(Analyst.SYSTEM);
            // the journal beside it continued alice's last save and held no edits: it goes without a word
            assertThat(merged.warnings()).isEmpty();
        }
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
