package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.Opened;
import dev.errata.ui.ProjectOnDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file is something people send each other, and it may name data anywhere: the window says
 * where the data is read from when that is outside the project's folder.
 */
class DataLocationStatusTest {

    private static final String CSV = "id,label,pred\n1,a,a\n2,a,b\n";

    @TempDir
    Path root;

    @Test
    void theStatusSaysWhereDataOutsideTheProjectsFolderIsReadFrom() throws Exception {
        Path data = Files.createDirectory(root.resolve("data"));
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere")).resolve("moved.errata.json");
        try (Project p =
                new ProjectOpener().open(ProjectOnDisk.create(data, "eval", CSV, session -> {}), Progress.NONE)) {
            p.saveAs(elsewhere);
        }

        try (Opened beside = Opened.on(data.resolve("eval.errata.json"))) {
            assertThat(beside.workspace().statusProperty().get()).doesNotContain("data from");
        }
        try (Opened moved = Opened.on(elsewhere)) {
            assertThat(moved.workspace().statusProperty().get())
                    .endsWith(" · data from " + data.resolve("eval.csv").toAbsolutePath());
        }
    }
}
