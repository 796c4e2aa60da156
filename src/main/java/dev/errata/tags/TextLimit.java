package dev.errata.tags;

import java.util.Locale;

/**
 * The longest text a note, a tag's name, rule or description may be. A project file holds it and its
 * reader refuses longer strings (a bound against hostile files), so a longer text would save into a file
 * that no longer opens; it is refused where it is typed instead.
 */
public final class TextLimit {

    /** A mebi-character: a novel's worth of prose, far beyond any note. */
    public static final int MAX_CHARS = 1 << 20;

    private TextLimit() {}

    /** @throws IllegalArgumentException naming {@code what} when the text is longer than {@link #MAX_CHARS} */
    public static String require(String what, String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s holds at most %,d characters, and this one has %,d",
                    what,
                    MAX_CHARS,
                    text.length()));
        }
        return text;
    }
}
