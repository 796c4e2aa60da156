package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window hashes the data files once the workspace is drawn, and then says when they changed since the
 * save: here one label of the small project's file, the file's size and row ids unchanged, so only the hash
 * tells.
 */
@ExtendWith(ApplicationExtension.class)
class ChangedDataWindowTest {

    @TempDir
    Path folder;

    final ShownWindow shown = new ShownWindow();
    final FakeDialogs dialogs = new FakeDialogs();
    WindowViewModel window;

    @Start
    void start(Stage stage) {
        window = shown.show(stage, dialogs);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        shown.forget();
    }

    @Test
    void saysTheDataChangedOnceTheWorkspaceIsDrawn(FxRobot robot) throws Exception {
        SmallProject small = new SmallProject(folder);
        String csv = Files.readString(small.csv);
        Files.writeString(small.csv, csv.replace("3,0,0,0.1,ios", "3,1,0,0.1,ios"));

        robot.interact(() -> window.open(small.projectFile));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.warnings.isEmpty());

        assertThat(robot.lookup("#tag-metrics .table-row-cell").tryQuery()).isPresent();
        assertThat(dialogs.warnings)
                .containsExactly("small.csv changed since the project was saved; kept every tag, review mark and "
                        + "note whose row id still exists and dropped 0 whose row id is gone");
    }
}
