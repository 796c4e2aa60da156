package dev.errata.ui.tabs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lazy tab makes its content the first time it is shown, and only then. */
@ExtendWith(ApplicationExtension.class)
class LazyTabWindowTest {

    private final AtomicInteger made = new AtomicInteger();
    private TabPane tabs;
    private Tab lazy;

    @Start
    void start(Stage stage) {
        lazy = LazyTab.of("later", () -> new Label("made " + made.incrementAndGet()));
        tabs = new TabPane(new Tab("first", new Label("first")), lazy);
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    @Test
    void makesItsContentWhenFirstShownAndKeepsIt(FxRobot robot) {
        assertThat(made.get()).isZero();
        assertThat(lazy.getContent()).isNull();

        robot.interact(() -> tabs.getSelectionModel().select(lazy));
        assertThat(made.get()).isEqualTo(1);
        assertThat(robot.lookup("made 1").tryQuery()).isPresent();

        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(lazy));
        assertThat(made.get()).isEqualTo(1);
        assertThat(((Label) lazy.getContent()).getText()).isEqualTo("made 1");
    }
}
