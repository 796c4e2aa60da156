package dev.errata.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.Opened;
import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * The project's folder disappears while the window is open: the edit that finds the journal gone says so
 * at once, once, and a save that then fails does not claim the edits are in the journal.
 */
class JournalProblemTest {

    @TempDir
    Path root;

    @Test
    void theWindowSaysAtTheFirstEditThatTheJournalIsGoneAndTheFailedSaveSaysTheWorkIsOnlyHere() throws Exception {
        Path folder = Files.createDirectory(root.resolve("p"));
        Path project = ProjectOnDisk.create(folder, "eval", "id,label,pred\n1,a,a\n2,a,b\n3,b,b\n", session -> {});
        try (Opened opened = Opened.on(project)) {
            Workspace workspace = opened.workspace();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);

            workspace.state().edit("review", session -> session.setReviewed(RoaringBitmap.bitmapOf(0), true));
            workspace.state().edit("review", session -> session.setReviewed(RoaringBitmap.bitmapOf(1), true));
            assertThat(opened.dialogs.errors)
                    .singleElement()
                    .asString()
                    .startsWith("Edits of eval are no longer journaled: could not write "
                            + "the edit to eval.errata.journal (it is gone: it, or its folder, was removed or unmounted), so the edits from now on are "
                            + "kept only in memory");

            workspace.save(() -> {});
            assertThat(opened.dialogs.errors)
                    .hasSize(2)
                    .last()
                    .asString()
                    .startsWith("Could not save eval: could not save eval.errata.json: ")
                    .endsWith(
                            "Nothing is lost: the work is still open here, but only here; save it elsewhere with Save As before closing");
            assertThat(workspace.state().isChanged()).isTrue();
        }
    }
}
