package dev.errata.tags;

import java.util.List;

/** The colours given to tags made without asking the user: imported columns, tags a reviews file brings. */
public final class TagColors {

    private static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f");

    private TagColors() {
    }

    /** The colour of the {@code index}th such tag, the palette repeating after nine. */
    public static String of(int index) {
        return PALETTE.get(index % PALETTE.size());
    }
}
