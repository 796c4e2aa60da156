package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnVisibilityTest {

    @TempDir
    Path folder;

    @Test
    void hidesChosenColumnsForTheWindowAndShowsThemAllOnReset() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            ColumnVisibility columns = opened.workspace().columns();
            assertThat(columns.shownNames()).containsExactly("id", "label", "prediction", "score", "device");
            columns.shownProperty("score").set(false);
            columns.shownProperty("id").set(false);
            assertThat(columns.shownNames()).containsExactly("label", "prediction", "device");
            columns.reset();
            assertThat(columns.shownNames()).containsExactly("id", "label", "prediction", "score", "device");
        }
    }
}
