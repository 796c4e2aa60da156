package dev.errata.data;

/**
 * A value from a file as a message quotes it: whole when short, else its start and its length, so a cell
 * or literal of a million characters makes a one-line message rather than a megabyte of it.
 */
public final class Excerpt {

    static final int MAX_CHARS = 40;
    private static final int SHOWN_CHARS = 32;

    private Excerpt() {
    }

    public static String of(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
        return text.substring(0, end) + "… (" + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters)";
    }
}
