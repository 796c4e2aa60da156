package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyChord;
import dev.errata.ui.keys.FxKeys;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help → Keyboard shortcuts lists every action; a key changed there acts at once, a key another action holds is
 * refused naming it, and the window installs no key that is not the keymap's.
 */
class KeymapWindowTest extends WindowTest {

    @Test
    void theListShowsEveryActionAndAChangedKeyActsAtOnce(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        for (KeyAction action : KeyAction.values()) {
            String keys =
                    robot.lookup("#key-" + action.id()).queryAs(Labeled.class).getText();
            assertThat(keys)
                    .as(action.id())
                    .isEqualTo(String.join(
                            " or ",
                            action.defaults().stream().map(KeyChord::toString).toList()));
        }

        // a key another action holds: refused, naming that action, and nothing changes
        robot.clickOn("#key-go-search");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcut-message").queryAs(Labeled.class).getText())
                .isEqualTo("Ctrl+S is already the key of “Save the project”: give that action another key first");
        assertThat(robot.lookup("#key-go-search").queryAs(Labeled.class).getText())
                .isEqualTo("Ctrl+F");

        robot.clickOn("#key-go-search");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        // below the fold: focus scrolls it into view
        robot.interact(() -> robot.lookup("#key-next-row").query().requestFocus());
        robot.clickOn("#key-next-row");
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#key-go-search").queryAs(Labeled.class).getText())
                .isEqualTo("Ctrl+Shift+F");
        assertThat(robot.lookup("#key-next-row").queryAs(Labeled.class).getText())
                .isEqualTo("L");
        Node list = robot.lookup("#shortcuts").query();
        robot.interact(() -> list.getScene().getWindow().hide());

        // back in the window: the new keys act, the old ones no longer do
        Node cell = robot.lookup("#row-table .table-row-cell")
                .match((IndexedCell<?> c) -> c.getIndex() == 0)
                .query();
        robot.clickOn(robot.from(cell).lookup(".table-cell").nth(1).queryAs(Node.class));
        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().review().positionProperty().get()).isEqualTo(0);
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().review().positionProperty().get()).isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-field").query().isFocused()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-field").query().isFocused()).isTrue();
    }

    @Test
    void everyInstalledKeyIsTheKeymapsAndEveryMenuKeyOfTheKeymapIsInstalled(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        Scene scene = robot.lookup("#menu-bar").query().getScene();
        Set<KeyCombination> installed = new HashSet<>(scene.getAccelerators().keySet());
        // JavaFX's own: the menu bar's skin puts F10 there to open the first menu
        installed.remove(KeyCombination.valueOf("F10"));
        robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(KeymapWindowTest::items)
                .map(MenuItem::getAccelerator)
                .filter(key -> key != null)
                .forEach(installed::add);
        // the row table's and the suggestions' keys are not accelerators: they act on their view alone, not while
        // typing in a field
        Set<KeyCombination> keymap = new HashSet<>(Arrays.stream(KeyAction.values())
                .filter(action -> !action.group().isOneView())
                .flatMap(action -> action.defaults().stream())
                .map(FxKeys::combination)
                .toList());
        assertThat(installed).isEqualTo(keymap);
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(menu), menu.getItems().stream().flatMap(KeymapWindowTest::items))
                : Stream.of(item);
    }
}
