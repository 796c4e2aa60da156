package dev.errata.keymap;

/** The groups the keyboard shortcuts are listed in, in the order of the menus. */
public enum KeyGroup {
    FILE,
    EDIT,
    GO,
    REVIEW,
    TABLE,
    SUGGESTIONS,
    HELP;

    /**
     * Whether its keys act on one view alone rather than on the whole window: bare letters, which as the
     * window's accelerators would fire while typing in a field.
     */
    public boolean isOneView() {
        return this == TABLE || this == SUGGESTIONS;
    }
}
