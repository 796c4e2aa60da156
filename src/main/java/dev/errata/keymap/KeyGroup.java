package dev.errata.keymap;

/** The groups the keyboard shortcuts are listed in, in the order of the menus. */
public enum KeyGroup {
    FILE, EDIT, GO, REVIEW, TABLE, HELP
}
