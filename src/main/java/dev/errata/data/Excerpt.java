package dev.errata.data;

import java.util.Collection;

/**
 * Text from a file, shortened for a one-line message. A file named by a project from elsewhere may hold
 * anything, secrets included, so a message quotes only the start of what it read, never a whole file.
 */
public final class Excerpt {

    /** Enough to recognize a cell or a column name, too little to carry a file along. */
    public static final int CELL = 60;

    private static final int NAMES = 20;

    private Excerpt() {
    }

    /** The text on one line (line breaks and other control characters as spaces), cut to {@code max} characters and "…". */
    public static String of(String text, int max) {
        String flat = text.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cntrl}", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
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
                return text.append(" and ").append(names.size() - NAMES).append(" more").toString();
            }
            text.append(shown++ == 0 ? "" : ", ").append(cell(name));
        }
        return text.toString();
    }
}
