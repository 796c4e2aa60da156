package dev.errata.data;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text as the rule language's {@code contains} and the slice search see them: runs of letters
 * and digits, lower-cased, so "Battery-life" holds "battery" and "life" and a search for "Battery" finds
 * "battery".
 */
public final class TextWords {

    private TextWords() {}

    /** The distinct words of {@code text}, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int point = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(point)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(point) : 1;
        }
        return words;
    }

    /** Whether {@code text} is exactly one word, whatever its case. */
    public static boolean isWord(String text) {
        Set<String> words = of(text);
        return words.size() == 1 && words.contains(text.toLowerCase(Locale.ROOT));
    }
}
