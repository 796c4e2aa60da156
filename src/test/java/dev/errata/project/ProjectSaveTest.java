package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class ProjectSaveTest {

    @TempDir
    Path folder;

    private void tagSome(TagSession s) {
        s.createTag(TagDefinition.hand("car noise", "#ff0000")
                .withSettings(0.95, 2, 4, 1)
                .withDescription("engine"));
        s.createTag(TagDefinition.rule("positives", "#00ff00", "label == 1"));
        s.setTag("car noise", RoaringBitmap.bitmapOf(1, 3), true);
        s.setReviewed(RoaringBitmap.bitmapOf(0, 1, 2), true);
        s.setNote(3, "truncated audio");
    }

    @Test
    void savesAndOpensEverything() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            tagSome(p.session());
            p.setSettings(new ProjectSettings(0.4, 2.5));
            p.setViews(List.of(new SavedView("errors", "label != pred", "score", "descending", List.of())));
            p.setChecks(List.of("accuracy >= 0.92 on tag:\"car noise\""));
            p.setSummary("noise explains a third of the errors");
            p.save();
        }
        Files.delete(Project.journalOf(fx.projectFile));

        try (Project reopened = fx.open()) {
            TagSession s = reopened.session();
            assertThat(s.tags()).extracting(TagDefinition::name).containsExactly("car noise", "positives");
            assertThat(s.tag("car noise").orElseThrow())
                    .isEqualTo(TagDefinition.hand("car noise", "#ff0000")
                            .withSettings(0.95, 2, 4, 1)
                            .withDescription("engine"));
            assertThat(s.rows("car noise").toArray()).containsExactly(1, 3);
            assertThat(s.rows("positives").toArray()).containsExactly(1, 3);
            assertThat(s.reviewed().toArray()).containsExactly(0, 1, 2);
            assertThat(s.notes()).containsExactly(java.util.Map.entry(3, "truncated audio"));
            assertThat(reopened.settings()).isEqualTo(new ProjectSettings(0.4, 2.5));
            assertThat(reopened.views())
                    .containsExactly(new SavedView("errors", "label != pred", "score", "descending", List.of()));
            assertThat(reopened.checks()).containsExactly("accuracy >= 0.92 on tag:\"car noise\"");
            assertThat(reopened.summary()).isEqualTo("noise explains a third of the errors");
            assertThat(reopened.warnings()).isEmpty();
            assertThat(fx.lastRequest.overrides().label()).isEqualTo("label");
            assertThat(fx.lastRequest.data()).isEqualTo(fx.csv.toAbsolutePath());
        }
    }

    @Test
    void writesVersionedSnakeCaseJsonKeyedByRowId() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            tagSome(p.session());
            p.save();
        }
        JsonNode json = ProjectJson.MAPPER.readTree(fx.projectFile.toFile());
        assertThat(json.path("version").asInt()).isEqualTo(3);
        assertThat(json.at("/data/path").asText()).isEqualTo("data.csv");
        assertThat(json.at("/data/size").asLong()).isEqualTo(Files.size(fx.csv));
        assertThat(json.at("/data/sha256").asText()).hasSize(64);
        assertThat(json.at("/roles/positive_class").asText()).isEqualTo("1");
        assertThat(json.at("/tags/1/rule").asText()).isEqualTo("label == 1");
        assertThat(json.at("/tags/2").asText()).isEqualTo(FileLines.END);
        // one line a row, in the order of the ids, with what is on it
        assertThat(json.at("/rows/0/reviewed").asBoolean()).isTrue();
        assertThat(json.at("/rows/1/tags/car noise").isArray()).isTrue();
        assertThat(json.at("/rows/1/reviewed").asBoolean()).isTrue();
        assertThat(json.at("/rows/3/tags/car noise").isArray()).isTrue();
        assertThat(json.at("/rows/3/reviewed").isMissingNode()).isTrue();
        assertThat(json.at("/rows/3/note").asText()).isEqualTo("truncated audio");
        assertThat(json.at("/rows/4").asText()).isEqualTo(FileLines.END);
        assertThat(json.at("/settings/threshold").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aSaveAfterOpeningKeepsEveryUnchangedLineByteForByteAndRestampsOnlyTheChangedRow() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            tagSome(p.session());
            p.session().setNote(2, "quotes \" and \u00e9 and a\ttab");
            p.save();
        }
        List<String> before = Files.readAllLines(fx.projectFile);
        try (Project reopened = fx.open()) {
            reopened.save();
            assertThat(Files.readAllLines(fx.projectFile)).isEqualTo(before);
            reopened.session().setReviewed(RoaringBitmap.bitmapOf(3), true);
            reopened.save();
        }
        List<String> after = Files.readAllLines(fx.projectFile);
        assertThat(after).hasSameSizeAs(before);
        int changed = -1;
        for (int i = 0; i < before.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                assertThat(changed).as("only one line changes").isEqualTo(-1);
                changed = i;
            }
        }
        JsonNode old = ProjectJson.MAPPER.readTree(before.get(changed).strip().replaceAll(",$", ""));
        JsonNode now = ProjectJson.MAPPER.readTree(after.get(changed).strip().replaceAll(",$", ""));
        assertThat(now.path("row").asText()).isEqualTo(old.path("row").asText());
        assertThat(now.path("reviewed").asBoolean()).isTrue();
        assertThat(old.path("reviewed").asBoolean()).isFalse();
        assertThat(now.path("was").asText()).isEqualTo(old.path("at").asText());
        assertThat(SaveStamp.generation(now.path("at").asText()))
                .isEqualTo(SaveStamp.generation(old.path("at").asText()) + 1);
    }

    @Test
    void anInterruptedSaveLeavesTheOldProjectWhole() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        FaultyDisk disk = new FaultyDisk();
        try (Project p = fx.create(disk)) {
            tagSome(p.session());
            p.save();
            p.session().createTag(TagDefinition.hand("blurry", "#0000ff"));
            disk.fillUpAt(FaultyDisk.Step.WRITE, "churn.errata.json");
            assertThatThrownBy(p::save)
                    .isInstanceOf(IOException.class)
                    .hasMessage("could not save churn.errata.json: No space left on device. "
                            + "Nothing is lost: the work is still open here, and every edit since the last save is in churn.errata.journal; "
                            + "try again, or save it elsewhere with Save As");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "data.csv",
                            "churn.errata.json",
                            "churn.errata.json.bak",
                            "churn.errata.journal",
                            "churn.errata.save");
        }
        // a crash can also leave a temp file behind; it must not get in the way
        Files.writeString(folder.resolve("churn.errata.json.errata-tmp-123.tmp"), "{\"version\": 1, \"da");

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().tags())
                    .extracting(TagDefinition::name)
                    .containsExactly("car noise", "positives", "blurry");
            assertThat(reopened.session().rows("car noise").toArray()).containsExactly(1, 3);
        }
    }

    @Test
    void keepsThePreviousVersionAsBackup() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            String first = Files.readString(fx.projectFile);
            p.session().createTag(TagDefinition.hand("x", "#000000"));
            p.save();
            assertThat(Files.readString(Project.backupOf(fx.projectFile))).isEqualTo(first);
            // the journal starts over: only its header, naming the save it continues
            String saveId = LastSave.idOf(Files.readAllBytes(fx.projectFile));
            assertThat(Files.readString(Project.journalOf(fx.projectFile)))
                    .isEqualTo("{\"continues\":\"" + saveId + "\"}\n");
        }
    }

    /**
     * What is written must be readable: a text longer than the reader takes (here a check, which nothing
     * else limits) fails the save with a message, instead of a file that cannot be opened and a .bak after it.
     */
    @Test
    void aSaveTheReaderWouldRefuseIsRefusedAndTheFileStaysReadable() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.hand("x", "#000000"));
            p.save();
            byte[] saved = Files.readAllBytes(fx.projectFile);
            byte[] backup = Files.readAllBytes(Project.backupOf(fx.projectFile));
            p.setChecks(List.of("y".repeat((1 << 20) + 1)));

            assertThatThrownBy(p::save)
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith(
                            "could not save churn.errata.json: "
                                    + "the text at /checks/0 is longer than a project file holds (at most 1,048,576 characters); shorten it. Nothing is lost: ");
            assertThat(Files.readAllBytes(fx.projectFile)).isEqualTo(saved);
            assertThat(Files.readAllBytes(Project.backupOf(fx.projectFile))).isEqualTo(backup);

            p.setChecks(List.of("y".repeat(1 << 20)));
            p.save();
        }
        try (Project reopened = fx.open()) {
            assertThat(reopened.checks()).singleElement().asString().hasSize(1 << 20);
        }
    }

    @Test
    void saveAsStoresPathsRelativeToTheNewFile() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Path moved = Files.createDirectories(folder.resolve("sub")).resolve("copy.errata.json");
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.hand("x", "#000000"));
            p.saveAs(moved);
            assertThat(p.file()).isEqualTo(moved.toAbsolutePath());
            p.session().setTag("x", RoaringBitmap.bitmapOf(0), true);
        }
        assertThat(ProjectJson.MAPPER.readTree(moved.toFile()).at("/data/path").asText())
                .isEqualTo("../data.csv");
        assertThat(Project.journalOf(moved)).isNotEmptyFile();
        assertThat(Project.journalOf(fx.projectFile)).doesNotExist();
        try (Project reopened = fx.opener().open(moved, dev.errata.data.Progress.NONE)) {
            assertThat(reopened.session().rows("x").toArray()).containsExactly(0);
        }
    }
}
