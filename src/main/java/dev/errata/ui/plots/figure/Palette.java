package dev.errata.ui.plots.figure;

import javafx.scene.paint.Color;

/**
 * The colours of figures. A canvas does not take CSS, so they are fixed here: the light palette of
 * errata.css, which also suits a saved file placed in a document.
 */
public final class Palette {

    public static final Color TEXT = Color.web("#1f2328");
    public static final Color MUTED = Color.web("#6e7781");
    public static final Color GRID = Color.web("#d0d7de");
    public static final Color ACCENT = Color.web("#0969da");
    public static final Color ERROR = Color.web("#cf222e");
    public static final Color CORRECT = Color.web("#1a7f37");
    public static final Color BACKGROUND = Color.WHITE;

    private Palette() {
    }

    /** From white (0) to the accent (1), for heat maps and densities. */
    public static Color heat(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return Color.WHITE.interpolate(Color.web("#0a3069"), f);
    }

    /** Dark text on light cells, light text on dark cells. */
    public static Color textOn(Color fill) {
        return fill.getBrightness() * (1 - fill.getSaturation() / 2) > 0.6 ? TEXT : Color.WHITE;
    }

    public static Color translucent(Color color, double opacity) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), opacity);
    }
}
