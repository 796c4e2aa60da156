package dev.errata.figure;

/** The contrast ratio of two colours as WCAG 2 defines it, from 1 (none) to 21 (black on white). */
public final class Contrast {

    private Contrast() {}

    public static double ratio(Rgb a, Rgb b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Rgb color) {
        return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
