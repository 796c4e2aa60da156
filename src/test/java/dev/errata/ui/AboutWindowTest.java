package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.workbench.about.Library;
import dev.errata.workbench.about.ProductInfo;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About names the version, the Java and JavaFX it runs on, and every shipped library's licence. */
class AboutWindowTest extends WindowTest {

    @Test
    void aboutShowsVersionRuntimeAndLicences(FxRobot robot) {
        robot.clickOn("Help").clickOn("#about-item");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-version").queryAs(Labeled.class).getText())
                .isEqualTo("Errata " + ProductInfo.version());
        assertThat(robot.lookup("#about-runtime").queryAs(Labeled.class).getText())
                .startsWith("Java "
                        + Runtime.version().version().stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining("."))
                        + " (")
                .endsWith("JavaFX " + System.getProperty("javafx.runtime.version"));
        @SuppressWarnings("unchecked")
        TableView<Library> libraries = robot.lookup("#about-libraries").queryAs(TableView.class);
        assertThat(libraries.getItems()).isEqualTo(ProductInfo.libraries()).hasSize(25);
    }
}
