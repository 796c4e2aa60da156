package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnChoice;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that reads few columns opens a project with the roles' columns, its own and the ones the project's
 * tags read, and no other; where the file alone cannot say which its work reads, every column. The tags' rows
 * are those of a read of every column, worked out here by hand.
 */
class ProjectColumnsReadTest {

    /** Rows 2 and 3 are 40 or older; rows 1 and 3 are flagged; the note and the device are read by nothing. */
    private static final String CSV = """
            id,label,pred,age,flag,note,device
            1,1,1,25,true,a,web
            2,1,0,45,false,b,ios
            3,0,0,52,true,c,web
            4,0,1,38,false,d,ios
            """;

    @TempDir
    Path dir;

    private Path project(List<TagDefinition> tags) throws IOException {
        Path data = Files.writeString(dir.resolve("eval.csv"), CSV);
        Path file = dir.resolve("eval.errata.json");
        try (Project project = new ProjectOpener().create(file, ImportRequest.of(data), Progress.NONE)) {
            tags.forEach(project.session()::createTag);
            project.save();
        }
        return file;
    }

    private static final List<TagDefinition> TAGS = List.of(
            TagDefinition.rule("older", "#ff0000", "age >= 40"),
            TagDefinition.imported("flag", "#00ff00", "flag"),
            TagDefinition.hand("car noise", "#0000ff"));

    @Test
    void readsTheRolesTheColumnsAskedForAndThoseTheTagsRead() throws IOException {
        Path file = project(TAGS);

        try (Project some =
                new ProjectOpener().openToRead(file, Progress.NONE, ColumnChoice.of(Set.of("device"), List.of()))) {
            assertThat(some.dataset().columnNames()).containsExactly("id", "label", "pred", "age", "flag", "device");
            assertThat(some.session().rows("older").toArray()).containsExactly(1, 2);
            assertThat(some.session().rows("flag").toArray()).containsExactly(0, 2);
            assertThat(some.warnings()).isEmpty();
        }
        try (Project every = new ProjectOpener().openToRead(file, Progress.NONE)) {
            assertThat(every.dataset().columnNames()).contains("note");
        }
    }

    /** An edit the journal holds may name any column: a rule over the note, made and left unsaved. */
    @Test
    void aJournalWithEditsHasEveryColumnRead() throws IOException {
        Path file = project(TAGS);
        try (Project open = new ProjectOpener().open(file, Progress.NONE)) {
            open.session().createTag(TagDefinition.rule("noted c", "#000000", "note == \"c\""));
        }

        try (Project read = new ProjectOpener().openToRead(file, Progress.NONE, ColumnChoice.NONE)) {
            assertThat(read.dataset().columnNames()).contains("note", "device");
            assertThat(read.session().rows("noted c").toArray()).containsExactly(2);
        }
    }

    /** A rule over a column the data lacks: the warning names the columns there are, as any read's does. */
    @Test
    void aTagThatMatchesNoRowsHasEveryColumnReadForItsWarning() throws IOException {
        Path file = project(TAGS);
        Files.writeString(file, Files.readString(file).replace("age >= 40", "weight >= 40"));

        List<String> everyWarning;
        try (Project every = new ProjectOpener().openToRead(file, Progress.NONE)) {
            everyWarning = every.warnings();
        }
        try (Project some = new ProjectOpener().openToRead(file, Progress.NONE, ColumnChoice.NONE)) {
            assertThat(some.dataset().columnNames()).contains("note", "device");
            assertThat(some.warnings())
                    .isEqualTo(everyWarning)
                    .singleElement()
                    .asString()
                    .contains("weight");
        }
    }

    /** A rule the file holds that does not parse: the file alone cannot say what it reads. */
    @Test
    void aRuleThatDoesNotParseHasEveryColumnRead() throws IOException {
        Path file = project(TAGS);
        Files.writeString(file, Files.readString(file).replace("age >= 40", "age >="));

        try (Project some = new ProjectOpener().openToRead(file, Progress.NONE, ColumnChoice.NONE)) {
            assertThat(some.dataset().columnNames()).contains("note", "device");
        }
    }
}
