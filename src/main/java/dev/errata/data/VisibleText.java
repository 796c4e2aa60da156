package dev.errata.data;

/**
 * Text from the data with its control characters written out as escapes ({@code \u001b} for ESC), so a cell
 * that holds a terminal escape sequence, a bell or a text direction override shows as text wherever it is
 * printed instead of retitling the terminal or reordering the line.
 */
public final class VisibleText {

    private VisibleText() {}

    /** Every control character escaped, line breaks and tabs too: the text then keeps to one line. */
    public static String of(String text) {
        return of(text, "");
    }

    /** Control characters escaped except those in {@code kept} (e.g. the line breaks of a paragraph). */
    public static String of(String text, String kept) {
        int first = 0;
        while (first < text.length() && !escaped(text.charAt(first), kept)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c, kept)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean escaped(char c, String kept) {
        return (Character.getType(c) == Character.CONTROL || isDirectionControl(c)) && kept.indexOf(c) < 0;
    }

    /** The marks and embeddings that reorder how a line displays (Unicode's bidirectional controls). */
    private static boolean isDirectionControl(char c) {
        return c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
