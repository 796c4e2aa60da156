package dev.errata.keymap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One key with its modifiers, written as a user reads it: "Ctrl+Shift+R", "F1", "Ctrl+/". Ctrl is the
 * platform's shortcut modifier (Command on a Mac), so one keymap serves every system. The key is named as
 * the window toolkit names it ("R", "1", "F1", "Slash"), punctuation shown as its character.
 */
public record KeyChord(boolean ctrl, boolean alt, boolean shift, String key) {

    /** Punctuation keys: the toolkit's name and the character a user writes. */
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        SYMBOLS.put("Slash", "/");
        SYMBOLS.put("Back Slash", "\\");
        SYMBOLS.put("Comma", ",");
        SYMBOLS.put("Period", ".");
        SYMBOLS.put("Minus", "-");
        SYMBOLS.put("Equals", "=");
        SYMBOLS.put("Semicolon", ";");
        SYMBOLS.put("Quote", "'");
        SYMBOLS.put("Open Bracket", "[");
        SYMBOLS.put("Close Bracket", "]");
    }

    private static final String[] NAMED = {
        "Space",
        "Enter",
        "Tab",
        "Backspace",
        "Delete",
        "Insert",
        "Home",
        "End",
        "Page Up",
        "Page Down",
        "Up",
        "Down",
        "Left",
        "Right"
    };
    private static final int FUNCTION_KEYS = 24;

    public KeyChord {
        if (knownKey(key) == null) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        key = knownKey(key);
    }

    /**
     * Reads "Ctrl+Shift+R"; modifiers in any order and case, "Shortcut" and "Cmd" the same as Ctrl.
     *
     * @throws IllegalArgumentException naming the part that is not a modifier or a key
     */
    public static KeyChord parse(String text) {
        String[] parts = text.strip().split("\\+(?=.)");
        boolean ctrl = false;
        boolean alt = false;
        boolean shift = false;
        for (int i = 0; i < parts.length - 1; i++) {
            switch (parts[i].strip().toLowerCase(Locale.ROOT)) {
                case "ctrl", "control", "shortcut", "cmd", "command" -> ctrl = true;
                case "alt", "option" -> alt = true;
                case "shift" -> shift = true;
                default ->
                    throw new IllegalArgumentException(
                            "'" + parts[i].strip() + "' is not Ctrl, Alt or Shift in '" + text.strip() + "'");
            }
        }
        String key = parts[parts.length - 1].strip();
        if (knownKey(key) == null) {
            throw new IllegalArgumentException("'" + key + "' is not a key in '" + text.strip() + "'");
        }
        return new KeyChord(ctrl, alt, shift, key);
    }

    /** The key's canonical name, from its name or character in any case, or null when it is none. */
    private static String knownKey(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (key.length() == 1
                && (Character.isLetter(key.charAt(0)) && key.charAt(0) < 128 || Character.isDigit(key.charAt(0)))) {
            return key.toUpperCase(Locale.ROOT);
        }
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            if (symbol.getValue().equals(key) || symbol.getKey().equalsIgnoreCase(key)) {
                return symbol.getKey();
            }
        }
        for (String named : NAMED) {
            if (named.equalsIgnoreCase(key)) {
                return named;
            }
        }
        if (key.matches("(?i)F\\d{1,2}")) {
            int number = Integer.parseInt(key.substring(1));
            return number >= 1 && number <= FUNCTION_KEYS ? "F" + number : null;
        }
        return null;
    }

    /** A digit alone, which the row table keeps for the tags' own shortcuts. */
    public boolean isBareDigit() {
        return !ctrl && !alt && key.length() == 1 && Character.isDigit(key.charAt(0));
    }

    /** "Ctrl+Shift+R", "Ctrl+/"; what {@link #parse} reads back. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (ctrl) {
            text.append("Ctrl+");
        }
        if (alt) {
            text.append("Alt+");
        }
        if (shift) {
            text.append("Shift+");
        }
        return text.append(SYMBOLS.getOrDefault(key, key)).toString();
    }
}
