package dev.errata.figure;

/**
 * A colour of a figure named by what it shows ("error", "heat at 40%"), not by its value: the palette a
 * figure is painted with makes it a colour, so one figure paints in the light and the dark theme alike.
 *
 * @param level where on the heat ramp, from 0 to 1, for {@link Role#HEAT} and {@link Role#ON_HEAT}
 * @param opacity from 0 (clear) to 1
 */
public record Ink(Role role, double level, double opacity) {

    public enum Role {
        TEXT,
        MUTED,
        GRID,
        BACKGROUND,
        ACCENT,
        ERROR,
        CORRECT,
        /** A cell of a heat map or a density, from none (0) to the most (1). */
        HEAT,
        /** Text readable on the heat of the same level. */
        ON_HEAT
    }

    static Ink of(Role role) {
        return new Ink(role, 0, 1);
    }
}
