package dev.errata.ui.tags;

import java.util.Locale;
import javafx.scene.paint.Color;

/** Colours as tag definitions store them: {@code #rrggbb}. */
public final class WebColor {

    private WebColor() {}

    public static String of(Color color) {
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
