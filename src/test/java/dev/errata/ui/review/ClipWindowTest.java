package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.ui.WindowTest;
import dev.errata.ui.WindowText;
import dev.errata.ui.workspace.Workspace;
import dev.errata.workbench.media.Waveform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The speech sample in review mode: arriving at a row draws its clip's waveform, P plays it (or says in the
 * status bar why it cannot, on a machine without sound), and the Review menu's check plays on arrival.
 */
class ClipWindowTest extends WindowTest {

    /** The speech sample with the clips of its first rows, in the test's folder: opening writes beside it. */
    private Path speechSample() throws IOException {
        Path sample = Path.of("sample-projects/speech");
        Files.createDirectories(folder.resolve("audio"));
        for (String file : new String[] {"speech.csv", "speech.errata.json", "audio/1.wav", "audio/2.wav"}) {
            Files.copy(sample.resolve(file), folder.resolve(file));
        }
        return folder.resolve("speech.errata.json");
    }

    private Workspace openAtFirstRow(FxRobot robot) throws IOException, TimeoutException {
        Workspace workspace = shown.open(robot, speechSample());
        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> workspace.clips().waveformProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return workspace;
    }

    private static String status(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return WindowText.of(robot, "#status-text");
    }

    @Test
    void arrivingAtARowDrawsTheWaveformOfItsClip(FxRobot robot) throws Exception {
        Workspace workspace = openAtFirstRow(robot);

        assertThat(workspace.review().currentRow()).isZero();
        assertThat(workspace.clips().clipProperty().get()).isEqualTo(folder.resolve("audio/1.wav"));
        // python3 wave: audio/1.wav has 16617 frames at 8000 Hz
        Waveform waveform = workspace.clips().waveformProperty().get();
        assertThat(waveform.seconds()).isCloseTo(16617 / 8000.0, within(1e-9));
        assertThat(waveform.spans()).isEqualTo(ClipViewModel.SPANS);
        Node drawn = robot.lookup("#row-waveform").query();
        assertThat(drawn.isVisible()).isTrue();
        assertThat(drawn.getScene()).isNotNull();
        assertThat(robot.lookup("#review-keys").queryLabeled().getText()).endsWith("N note · P play the clip");
    }

    @Test
    void pPlaysTheClipOrSaysWhyItCannotAndAgainStopsIt(FxRobot robot) throws Exception {
        Workspace workspace = openAtFirstRow(robot);

        robot.type(KeyCode.P);

        String said = status(robot);
        if (workspace.clips().playingProperty().get() == null) {
            // no sound device (as on a build machine): a message, no player left, the window goes on
            assertThat(said).contains("Cannot play 1.wav: ");
            robot.type(KeyCode.J);
            assertThat(workspace.review().currentRow()).isEqualTo(1);
            assertThat(status(robot)).doesNotContain("Cannot play");
        } else {
            assertThat(said).contains("Playing 1.wav");
            robot.type(KeyCode.P);
            assertThat(workspace.clips().playingProperty().get()).isNull();
            assertThat(status(robot)).doesNotContain("Playing");
        }
    }

    @Test
    void pOnARowWithoutAClipSaysSo(FxRobot robot) throws Exception {
        Workspace workspace = openAtFirstRow(robot);
        // row 3's clip is not in the test's folder
        robot.type(KeyCode.J, KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.clips().clipProperty().get()).isNull();
        assertThat(robot.lookup("#row-waveform").tryQuery()).isEmpty();
        assertThat(robot.lookup("#review-keys").queryLabeled().getText()).endsWith("N note");

        robot.type(KeyCode.P);

        assertThat(status(robot)).contains("This row has no audio clip to play");
    }

    @Test
    void theReviewMenusCheckPlaysEachRowsClipOnArrival(FxRobot robot) throws Exception {
        Workspace workspace = openAtFirstRow(robot);
        assertThat(status(robot)).doesNotContain("1.wav");
        CheckMenuItem onArrival = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "review-menu".equals(menu.getId()))
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "play-on-arrival".equals(item.getId()))
                .findFirst()
                .orElseThrow();

        // what a click on the item does: fire() alone leaves a check item as it was
        robot.interact(() -> onArrival.setSelected(true));
        robot.type(KeyCode.J);

        assertThat(onArrival.isSelected()).isTrue();
        assertThat(workspace.clips().playOnArrivalProperty().get()).isTrue();
        assertThat(status(robot)).containsAnyOf("Cannot play 2.wav: ", "Playing 2.wav");
    }
}
