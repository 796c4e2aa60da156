package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.FolderTree;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * The rule for paths: a project reads its data wherever the user put it, beside the project or not, but
 * writes only its own files in its own folder: NAME.errata.json, its .bak, its .journal (and a journal set
 * aside as .unmatched) and their temporary files. A project file from elsewhere that points outside, or a
 * folder whose files are links to elsewhere, changes nothing outside.
 */
class ProjectWritesOnlyItsFolderTest {

    private static final String OWN_FILES =
            "data\\.csv|churn\\.errata\\.(json|json\\.bak|journal|journal\\.unmatched|save)|churn\\.errata\\.(json|journal|save)\\.errata-tmp-\\d+\\.tmp";

    @TempDir
    Path root;

    @Test
    void openingEditingAndSavingAHostileProjectWritesNothingOutsideItsFolder() throws IOException {
        Path outside = Files.createDirectory(root.resolve("outside"));
        Path project = Files.createDirectory(root.resolve("project"));
        Files.writeString(outside.resolve("data.csv"), "id,label,pred\na,1,1\nb,0,1\nc,1,1\nd,0,0\ne,1,0\n");
        Files.writeString(outside.resolve("victim.txt"), "the user's own file\n");
        Files.writeString(outside.resolve("journal.txt"), "{\"continues\":null}\n");
        ProjectFixture fx = new ProjectFixture(project);
        Files.writeString(
                fx.projectFile, """
                {"version": 1, "data": {"path": "../outside/data.csv"}, "predictions": {"path": "%s"},
                 "roles": {"id": "id", "label": "label", "prediction": "pred"}, "tags": [], "reviewed": [], "notes": {}}
                """.formatted(outside.resolve("victim.txt").toAbsolutePath()));
        Files.createSymbolicLink(Project.backupOf(fx.projectFile), outside.resolve("victim.txt"));
        Files.createSymbolicLink(Project.journalOf(fx.projectFile), outside.resolve("journal.txt"));
        Map<String, String> before = FolderTree.of(outside);

        try (Project p = fx.open()) {
            assertThat(fx.lastRequest.data())
                    .isEqualTo(outside.resolve("data.csv").toAbsolutePath());
            assertThat(p.warnings())
                    .contains(
                            "churn.errata.journal is a link to a file outside the project, so its edits were not replayed; "
                                    + "they are kept in churn.errata.journal.unmatched");
            p.session().createTag(TagDefinition.hand("car noise", "#ff0000"));
            p.save();
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(1, 3), true);
            p.save();
            p.session().setNote(0, "unsaved");
        }
        try (Project reopened = fx.open()) {
            assertThat(reopened.session().rows("car noise").toArray()).containsExactly(1, 3);
            assertThat(reopened.session().notes()).containsEntry(0, "unsaved");
        }

        assertThat(FolderTree.of(outside)).isEqualTo(before);
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files).allSatisfy(file -> {
                assertThat(file.getFileName().toString()).matches(OWN_FILES);
                assertThat(Files.isSymbolicLink(file))
                        .as(file + " is not a link any more")
                        .isEqualTo(file.endsWith("churn.errata.journal.unmatched"));
            });
        }
    }
}
