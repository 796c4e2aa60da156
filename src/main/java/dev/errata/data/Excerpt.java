package dev.errata.data;

/**
 * Text from a file, shortened for a one-line message. A file named by a project from elsewhere may hold
 * anything, secrets included, so a message quotes only the start of what it read, never a whole file.
 */
public final class Excerpt {

    /** Enough to recognize a cell or a column name, too little to carry a file along. */
    public static final int CELL = 60;

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
}
