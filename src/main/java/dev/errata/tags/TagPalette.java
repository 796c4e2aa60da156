package dev.errata.tags;

import java.util.List;

/**
 * The colours new tags get in turn, wherever a tag is made: the window, the command line, a migrated file.
 * Distinct, and readable on light and dark backgrounds.
 */
public final class TagPalette {

    public static final List<String> COLORS =
            List.of("#e06c75", "#61afef", "#98c379", "#e5c07b", "#c678dd", "#56b6c2", "#d19a66", "#be5046", "#7f848e");

    private TagPalette() {}

    /** The colour of the {@code index}-th tag. */
    public static String color(int index) {
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }
}
