package dev.errata.keymap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every action of the window that has a key, with the keys it has until the user changes them. The
 * window installs each binding from the {@link Keymap}, never a key of its own, so this list is the whole
 * of what the keyboard does (bar the digits 1–9, which toggle the tags given those shortcuts).
 */
public enum KeyAction {
    OPEN(KeyGroup.FILE, "Ctrl+O"),
    SAVE(KeyGroup.FILE, "Ctrl+S"),
    SAVE_AS(KeyGroup.FILE, "Ctrl+Shift+S"),
    CLOSE(KeyGroup.FILE, "Ctrl+W"),
    QUIT(KeyGroup.FILE, "Ctrl+Q"),
    UNDO(KeyGroup.EDIT, "Ctrl+Z"),
    REDO(KeyGroup.EDIT, "Ctrl+Shift+Z", "Ctrl+Y"),
    GO_TABLE(KeyGroup.GO, "Ctrl+0"),
    GO_SEARCH(KeyGroup.GO, "Ctrl+F"),
    GO_ERRORS(KeyGroup.GO, "Ctrl+E"),
    GO_TAB_1(KeyGroup.GO, "Ctrl+1"),
    GO_TAB_2(KeyGroup.GO, "Ctrl+2"),
    GO_TAB_3(KeyGroup.GO, "Ctrl+3"),
    GO_TAB_4(KeyGroup.GO, "Ctrl+4"),
    GO_TAB_5(KeyGroup.GO, "Ctrl+5"),
    GO_TAB_6(KeyGroup.GO, "Ctrl+6"),
    GO_TAB_7(KeyGroup.GO, "Ctrl+7"),
    GO_TAB_8(KeyGroup.GO, "Ctrl+8"),
    GO_TAB_9(KeyGroup.GO, "Ctrl+9"),
    WALK_QUEUE(KeyGroup.REVIEW, "Ctrl+R"),
    NEXT_ROW(KeyGroup.TABLE, "J"),
    PREVIOUS_ROW(KeyGroup.TABLE, "K"),
    MARK_REVIEWED(KeyGroup.TABLE, "R"),
    UNMARK_REVIEWED(KeyGroup.TABLE, "Shift+R"),
    EDIT_NOTE(KeyGroup.TABLE, "N"),
    PLAY_CLIP(KeyGroup.TABLE, "P"),
    WALK_SUGGESTION(KeyGroup.SUGGESTIONS, "Enter"),
    TAG_SUGGESTION(KeyGroup.SUGGESTIONS, "T"),
    SHORTCUTS(KeyGroup.HELP, "Ctrl+/", "F1");

    /** The analysis tabs that have a key, Ctrl+1 the first. */
    public static final List<KeyAction> ANALYSIS_TABS =
            List.of(GO_TAB_1, GO_TAB_2, GO_TAB_3, GO_TAB_4, GO_TAB_5, GO_TAB_6, GO_TAB_7, GO_TAB_8, GO_TAB_9);

    private final KeyGroup group;
    private final List<KeyChord> defaults;

    KeyAction(KeyGroup group, String... defaults) {
        this.group = group;
        this.defaults = Arrays.stream(defaults).map(KeyChord::parse).toList();
    }

    public KeyGroup group() {
        return group;
    }

    public List<KeyChord> defaults() {
        return defaults;
    }

    /** The name the preferences keep the action by: "save-as". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<KeyAction> byId(String id) {
        return Arrays.stream(values()).filter(action -> action.id().equals(id)).findFirst();
    }
}
