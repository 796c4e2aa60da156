package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.WindowTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace comes onto the screen over several frames, so that no one frame styles and lays out all of
 * it: the row table's header first, then its lines a few at a time, then the other parts. How many parts
 * come in a frame depends on how long frames take ({@link RevealPaceTest}); the order does not.
 */
class WorkspaceRevealWindowTest extends WindowTest {

    /** What one frame's layout left on the screen. */
    private record Frame(int tableColumns, int tableLines, boolean tagList, boolean panel) {}

    @Test
    void theRowTableGrowsAFewLinesAFrameBeforeTheOtherParts(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.wide(folder, 30, 200);
        List<Frame> frames = new ArrayList<>();
        Scene scene = robot.listTargetWindows().get(0).getScene();
        Runnable recorder = () -> frames.add(frameOf(scene));
        robot.interact(() -> scene.addPostLayoutPulseListener(recorder));
        shown.open(robot, project);
        robot.interact(() -> scene.removePostLayoutPulseListener(recorder));

        List<Frame> revealing = frames.stream()
                .dropWhile(frame -> frame.tableColumns() == 0)
                .takeWhile(frame -> !frame.panel())
                .toList();
        assertThat(revealing)
                .as("frames with the table and without the panel: %s", frames)
                .isNotEmpty();
        // the header alone first, with the first 16 of its 34 columns or all of them
        assertThat(revealing.get(0).tableLines()).isZero();
        assertThat(revealing.get(0).tableColumns()).isIn(16, 34);
        assertThat(revealing.get(0).tagList()).isFalse();
        // then the lines, growing, before the tag list comes
        List<Integer> lines = revealing.stream()
                .filter(frame -> !frame.tagList())
                .map(Frame::tableLines)
                .distinct()
                .toList();
        assertThat(lines).isSorted().hasSizeGreaterThanOrEqualTo(2);
        // the tag list comes in a frame of its own or with the panel, after the table has lines
        assertThat(frames.stream().filter(Frame::tagList).findFirst())
                .hasValueSatisfying(frame -> assertThat(frame.tableLines()).isPositive());
        Frame last = frames.get(frames.size() - 1);
        assertThat(last.tagList()).isTrue();
        assertThat(last.panel()).isTrue();
        assertThat(last.tableColumns()).isEqualTo(34);
        // the table then takes its whole height, less the filter bar that came after it: more than the early
        // steps' 9 lines, at whatever pace they came
        assertThat(last.tableLines()).isGreaterThan(9);
    }

    private static Frame frameOf(Scene scene) {
        Node table = scene.lookup("#row-table");
        if (!(table instanceof TableView<?> rows)) {
            return new Frame(0, 0, false, false);
        }
        int columns =
                (int) rows.getColumns().stream().filter(TableColumn::isVisible).count();
        int lines = (int) rows.lookupAll(".table-row-cell").stream()
                .filter(line -> line.isVisible() && ((TableRow<?>) line).getItem() != null)
                .count();
        return new Frame(columns, lines, scene.lookup(".tag-sidebar") != null, scene.lookup("#tag-metrics") != null);
    }

    @Test
    void aProjectClosedBeforeItIsWholeMakesNoMoreOfIt(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.wide(folder, 30, 200);
        Scene scene = robot.listTargetWindows().get(0).getScene();
        List<WorkspaceView> views = new ArrayList<>();
        // closed in the frame after the view came onto the screen, as a quick Ctrl+W would
        Runnable closer = () -> {
            if (views.isEmpty() && scene.lookup(".workspace") instanceof WorkspaceView view) {
                views.add(view);
                window.closeProject();
            }
        };
        robot.interact(() -> scene.addPostLayoutPulseListener(closer));
        robot.interact(() -> window.open(project));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !views.isEmpty() && window.workspace() == null);
        // twenty frames: more than the whole view takes
        for (int frame = 0; frame < 20; frame++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> scene.removePostLayoutPulseListener(closer));

        WorkspaceView closed = views.get(0);
        assertThat(closed.getScene()).isNull();
        assertThat(closed.shownProperty().get()).isFalse();
        assertThat(closed.table()).isNull();
    }
}
