package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.figure.Contrast;
import dev.errata.figure.Rgb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text colour of the window's stylesheet on every background it is drawn on reads at WCAG's 4.5:1 for
 * text, in both themes, parsed from the stylesheet the window loads. The placeholder and the unfocused
 * selection take the palette's colours, not JavaFX's greys that vanished in the dark theme.
 */
class StylesheetContrastTest {

    private static final List<String> TEXTS = List.of("text", "muted", "accent", "error", "correct");
    private static final List<String> BACKGROUNDS = List.of("background", "surface", "highlight");

    @ParameterizedTest
    @ValueSource(strings = {".root", ".root.dark"})
    void textReadsOnEveryBackground(String theme) throws IOException {
        Map<String, Color> palette = palette(stylesheet(), theme);

        for (String text : TEXTS) {
            for (String background : BACKGROUNDS) {
                assertThat(Contrast.ratio(rgb(palette.get(text)), rgb(palette.get(background))))
                        .as("%s on %s in %s", text, background, theme)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(Contrast.ratio(rgb(palette.get("text")), rgb(palette.get("selection-unfocused"))))
                .as("text on an unfocused selection in %s", theme)
                .isGreaterThanOrEqualTo(4.5);
    }

    /** The stylesheet's colours are parsed as JavaFX reads them, then measured as figures are. */
    private static Rgb rgb(Color color) {
        return new Rgb(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity());
    }

    @org.junit.jupiter.api.Test
    void thePlaceholderAndTheUnfocusedSelectionTakeThePalette() throws IOException {
        String css = stylesheet();
        assertThat(css)
                .contains("-fx-prompt-text-fill: -errata-muted;")
                .contains("-fx-selection-bar-non-focused: -errata-selection-unfocused;");
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = StylesheetContrastTest.class.getResourceAsStream("/dev/errata/ui/errata.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The {@code -errata-NAME: #rrggbb} variables of one rule, the dark theme's on top of the light one's. */
    private static Map<String, Color> palette(String css, String theme) {
        Map<String, Color> colors = new HashMap<>(variables(block(css, ".root")));
        if (!theme.equals(".root")) {
            colors.putAll(variables(block(css, theme)));
        }
        return colors;
    }

    private static String block(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}")
                .matcher(css);
        assertThat(m.find()).as(selector).isTrue();
        return m.group(1);
    }

    private static Map<String, Color> variables(String block) {
        Map<String, Color> colors = new HashMap<>();
        Matcher m = Pattern.compile("-errata-([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) {
            colors.put(m.group(1), Color.web(m.group(2)));
        }
        return colors;
    }
}
