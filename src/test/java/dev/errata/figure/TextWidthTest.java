package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The estimate the figures lay out by, against the font the window draws with. */
@ExtendWith(ApplicationExtension.class)
class TextWidthTest {

    private static final List<String> LABELS = List.of(
            "0",
            "0.25",
            "1,234,567",
            "−0.0031",
            "97.5%",
            "2024-05-01",
            "Germany",
            "age in [25, 35)",
            "WWW mmm iii",
            "ROC (y: true positive rate)",
            "Durbin–Watson 1.94",
            "class_07 …");

    @Test
    void noEstimateFallsShortOfTheWidthTheWindowsFontDraws(FxRobot robot) {
        robot.interact(() -> {
            for (String label : LABELS) {
                for (boolean bold : new boolean[] {false, true}) {
                    Text drawn = new Text(label);
                    drawn.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, 11));

                    assertThat(TextWidth.of(label, 11, bold))
                            .as("%s%s", label, bold ? " bold" : "")
                            .isGreaterThanOrEqualTo(drawn.getLayoutBounds().getWidth() - 0.5);
                }
            }
        });
    }

    @Test
    void aShortenedTextKeepsItsStartAndALongerEndAroundAnEllipsis() {
        String shown = TextWidth.shortened("customer_segment_2024_q3", 90, 11, false);

        assertThat(shown).startsWith("cus").contains("…").endsWith("q3");
        assertThat(TextWidth.of(shown, 11, false)).isLessThanOrEqualTo(90);
        assertThat(TextWidth.shortened("short", 90, 11, false)).isEqualTo("short");
        assertThat(TextWidth.shortened("anything", 2, 11, false)).isEmpty();
    }
}
