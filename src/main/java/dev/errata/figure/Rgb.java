package dev.errata.figure;

import java.util.Locale;

/**
 * A colour as red, green, blue and opacity from 0 to 1: what a palette makes of an ink, without a toolkit,
 * so figures are laid out and written to SVG where no window runs.
 */
public record Rgb(double red, double green, double blue, double opacity) {

    /** From "#rrggbb". */
    static Rgb web(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb((value >> 16 & 0xff) / 255.0, (value >> 8 & 0xff) / 255.0, (value & 0xff) / 255.0, 1);
    }

    static final Rgb WHITE = new Rgb(1, 1, 1, 1);
    static final Rgb BLACK = new Rgb(0, 0, 0, 1);

    /** The colour a fraction of the way from this one to another. */
    Rgb interpolate(Rgb to, double fraction) {
        return new Rgb(
                red + (to.red - red) * fraction,
                green + (to.green - green) * fraction,
                blue + (to.blue - blue) * fraction,
                opacity + (to.opacity - opacity) * fraction);
    }

    Rgb withOpacity(double value) {
        return new Rgb(red, green, blue, value);
    }

    /** The brightness of HSB: the strongest channel. */
    public double brightness() {
        return Math.max(red, Math.max(green, blue));
    }

    /** "#rrggbb", the opacity left out. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(red), channel(green), channel(blue));
    }

    /** The colour as one opaque ARGB pixel. */
    int argb() {
        return 0xff000000 | channel(red) << 16 | channel(green) << 8 | channel(blue);
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }
}
