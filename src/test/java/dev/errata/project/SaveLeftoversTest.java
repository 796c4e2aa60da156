package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveLeftoversTest {

    @TempDir
    Path folder;

    private Path file(String name, Duration age) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "{");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void openingAProjectRemovesTheTempFilesOfItsKilledSavesOnly() throws Exception {
        ProjectFixture fixture = new ProjectFixture(folder);
        fixture.create().close();
        Path killedSave = file("churn.errata.json.errata-tmp-8812391.tmp", Duration.ofHours(2));
        Path killedJournalRestart = file("churn.errata.journal.errata-tmp-123.tmp", Duration.ofHours(2));
        Path runningSave = file("churn.errata.json.errata-tmp-55.tmp", Duration.ofSeconds(5));
        Path otherProject = file("other.errata.json.errata-tmp-77.tmp", Duration.ofHours(2));
        Path notATemp = file("churn.errata.json.notes", Duration.ofHours(2));
        Path usersDraft = file("churn.errata.json.old.tmp", Duration.ofHours(2));
        Path usersCopy = file("churn.errata.json8812391.tmp", Duration.ofHours(2));
        Path usersNamedLikeATemp = file("churn.errata.json.errata-tmp-12.backup.tmp", Duration.ofHours(2));

        fixture.opener().open(fixture.projectFile, Progress.NONE).close();

        assertThat(killedSave).doesNotExist();
        assertThat(killedJournalRestart).doesNotExist();
        assertThat(runningSave).exists();
        assertThat(otherProject).exists();
        assertThat(notATemp).exists();
        assertThat(usersDraft).exists();
        assertThat(usersCopy).exists();
        assertThat(usersNamedLikeATemp).exists();
    }

    @Test
    void theTempFilesOfASaveAreNamedAsTheCleanerLooksForThem() throws Exception {
        Path project = folder.resolve("churn.errata.json");
        Path temp = Disk.LOCAL.createTempBeside(project);
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        assertThat(SaveLeftovers.clean(project, Instant.now())).isEqualTo(1);
        assertThat(temp).doesNotExist();
    }

    @Test
    void namesWithGlobCharactersMatchOnlyThemselves() throws Exception {
        Path project = folder.resolve("a[1]*.errata.json");
        Path own = file("a[1]*.errata.json.errata-tmp-3.tmp", Duration.ofHours(1));
        Path other = file("a1x.errata.json.errata-tmp-3.tmp", Duration.ofHours(1));

        assertThat(SaveLeftovers.clean(project, Instant.now())).isEqualTo(1);

        assertThat(own).doesNotExist();
        assertThat(other).exists();
    }
}
