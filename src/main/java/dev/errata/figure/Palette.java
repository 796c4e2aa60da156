package dev.errata.figure;

/**
 * The colours of figures, one palette per theme; the colours are those of errata.css's variables. A
 * canvas takes no CSS, so figures draw with the inks below and are painted with a palette, which the
 * stylesheet picks for each canvas ({@code -errata-figure-palette}).
 */
public enum Palette {

    //     text       muted      grid       background accent     error      correct    heat at its most
    LIGHT("#1f2328", "#6e7781", "#d0d7de", "#ffffff", "#0969da", "#cf222e", "#1a7f37", "#0a3069"),
    // muted is lighter than the window's #768390, which is too faint for axis titles on the plot background
    DARK("#adbac7", "#909dab", "#444c56", "#2d333b", "#539bf5", "#f47067", "#57ab5a", "#96d0ff");

    public static final Ink TEXT = Ink.of(Ink.Role.TEXT);
    public static final Ink MUTED = Ink.of(Ink.Role.MUTED);
    public static final Ink GRID = Ink.of(Ink.Role.GRID);
    public static final Ink ACCENT = Ink.of(Ink.Role.ACCENT);
    public static final Ink ERROR = Ink.of(Ink.Role.ERROR);
    public static final Ink CORRECT = Ink.of(Ink.Role.CORRECT);
    public static final Ink BACKGROUND = Ink.of(Ink.Role.BACKGROUND);

    /** The colours of the roles from TEXT to CORRECT, in the order of {@link Ink.Role}. */
    private final Rgb[] plain;

    private final Rgb hottest;

    Palette(String... colours) {
        plain = new Rgb[colours.length - 1];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = Rgb.web(colours[i]);
        }
        hottest = Rgb.web(colours[colours.length - 1]);
    }

    /** From the background (0) to the palette's strongest blue (1), for heat maps and densities; undefined is 0. */
    public static Ink heat(double level) {
        return new Ink(Ink.Role.HEAT, level, 1);
    }

    /** Text on {@link #heat} of the same level. */
    public static Ink onHeat(double level) {
        return new Ink(Ink.Role.ON_HEAT, level, 1);
    }

    public static Ink translucent(Ink ink, double opacity) {
        return new Ink(ink.role(), ink.level(), opacity);
    }

    public Rgb color(Ink ink) {
        Rgb color = switch (ink.role()) {
            case HEAT -> heatColor(ink.level());
            case ON_HEAT -> readableOn(heatColor(ink.level()));
            default -> plain[ink.role().ordinal()];
        };
        return ink.opacity() < 1 ? color.withOpacity(ink.opacity()) : color;
    }

    /** The pixels of a raster of heat levels; an undefined level is clear. */
    public int[] pixels(double[] levels) {
        int[] argb = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            if (!Double.isNaN(levels[i])) {
                argb[i] = heatColor(levels[i]).argb();
            }
        }
        return argb;
    }

    private Rgb heatColor(double level) {
        double clamped = Double.isNaN(level) ? 0 : Math.max(0, Math.min(1, level));
        return plain[Ink.Role.BACKGROUND.ordinal()].interpolate(hottest, clamped);
    }

    /**
     * Black or white, whichever contrasts more: the heat ramp passes through middle tones where only one of
     * them reaches the 4.5:1 of WCAG for small text, which the theme's own text colours would miss.
     */
    private static Rgb readableOn(Rgb fill) {
        return Contrast.ratio(Rgb.WHITE, fill) >= Contrast.ratio(Rgb.BLACK, fill) ? Rgb.WHITE : Rgb.BLACK;
    }
}
