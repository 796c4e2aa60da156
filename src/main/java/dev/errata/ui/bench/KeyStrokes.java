package dev.errata.ui.bench;

import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;

/** Keys the window scenario types as a user would, through JavaFX's robot; each call is made on the FX thread. */
final class KeyStrokes {

    private final Robot robot;

    KeyStrokes(Robot robot) {
        this.robot = robot;
    }

    /** A key pressed and released at once. */
    void type(KeyCode key) {
        robot.keyPress(key);
        robot.keyRelease(key);
    }

    /** Ctrl+key (Shortcut on Linux and Windows), released at once so that it cannot repeat while the window works. */
    void shortcut(KeyCode key) {
        robot.keyPress(KeyCode.CONTROL);
        type(key);
        robot.keyRelease(KeyCode.CONTROL);
    }
}
