package dev.errata.data;

import java.util.Collection;
import java.util.Locale;

/**
 * Text from a file, shortened for a one-line message. A file named by a project from elsewhere may hold
 * anything, secrets included, and a cell or a literal may be a million characters long, so a message
 * quotes only the start of what it read, with its length, never a whole file.
 */
public final class Excerpt {

    /** Enough to recognize a cell or a column name, too little to carry a file along. */
    public static final int CELL = 60;

    private static final int NAMES = 20;

    private Excerpt() {}

    /**
     * The text on one line (line breaks and other control characters written as escapes, see
     * {@link VisibleText}), cut to {@code max} characters, then "…" and how long it was.
     */
    public static String of(String text, int max) {
        String flat = VisibleText.of(text);
        if (flat.length() <= max) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
        return flat.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", text.length()) + " characters)";
    }

    /** A cell's value as a message quotes it: at most {@link #CELL} characters. */
    public static String cell(String value) {
        return of(value, CELL);
    }

    /** Names (of columns, of rows) for a message: the first twenty, each as a {@link #cell}, and how many more. */
    public static String names(Collection<String> names) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String name : names) {
            if (shown == NAMES) {
                return text.append(" and ")
                        .append(names.size() - NAMES)
                        .append(" more")
                        .toString();
            }
            text.append(shown++ == 0 ? "" : ", ").append(cell(name));
        }
        return text.toString();
    }
}
