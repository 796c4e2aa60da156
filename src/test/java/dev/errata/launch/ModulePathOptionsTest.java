package dev.errata.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The options of the window's start with JavaFX on the module path open to the application exactly the
 * packages the module layer opens, so the two starts cannot drift apart.
 */
class ModulePathOptionsTest {

    @Test
    void asksForTheLayersJavaFxRootsAndOpensEachInternalToTheApplication() {
        List<String> options = ModulePathOptions.options();

        assertThat(options).first().isEqualTo("--add-modules=javafx.controls,javafx.media");
        assertThat(options)
                .contains(
                        "--add-opens=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                        "--add-opens=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED");
        assertThat(options.stream().filter(option -> option.startsWith("--add-opens=")))
                .hasSize(JavaFxLayer.INTERNALS.size());
        assertThat(options).last().isEqualTo("--enable-native-access=javafx.graphics,javafx.media");
        // an argument file takes one option a line, with no space inside one
        assertThat(options).allSatisfy(option -> assertThat(option).doesNotContain(" "));
    }
}
