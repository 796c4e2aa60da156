package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void aSavedProjectIsReadableLikeAnyFileAndKeepsPermissionsTheUserGaveIt() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path data = Files.writeString(dir.resolve("d.csv"), "label,pred\na,b\nb,b\n");
        Path file = dir.resolve("d.errata.json");
        try (Project project = new ProjectOpener().create(file, ImportRequest.of(data), Progress.NONE)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-r--r--");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
            project.save();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }
}
