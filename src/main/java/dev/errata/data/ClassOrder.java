package dev.errata.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order classes are listed in, as scikit-learn sorts labels (numpy's {@code unique}): numerically when
 * every class is a number, else by text code point by code point, so a letter beyond the basic plane sorts
 * after every letter within it, as Python compares strings (Java's {@code compareTo} compares UTF-16 units).
 */
public final class ClassOrder {

    private ClassOrder() {}

    public static List<String> sorted(Collection<String> classes) {
        Comparator<String> order;
        if (classes.stream().allMatch(ClassOrder::isWholeNumber)) {
            // most labels (0 and 1, class numbers) need no BigDecimal, whose class takes a first run about 10 ms
            // of work to set up
            order = Comparator.comparingLong((String c) -> Long.parseLong(c.strip()));
        } else if (classes.stream().allMatch(ClassOrder::isNumber)) {
            order = Comparator.comparing((String c) -> new BigDecimal(c.strip()));
        } else {
            return classes.stream().sorted(ClassOrder::compareCodePoints).toList();
        }
        return classes.stream()
                .sorted(order.thenComparing(ClassOrder::compareCodePoints))
                .toList();
    }

    /** A whole number of at most 18 digits, signed or not: one a long holds, whatever its digits. */
    private static boolean isWholeNumber(String s) {
        String digits = s.strip();
        int from = !digits.isEmpty() && (digits.charAt(0) == '-' || digits.charAt(0) == '+') ? 1 : 0;
        if (digits.length() == from || digits.length() - from > 18) {
            return false;
        }
        for (int i = from; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isNumber(String s) {
        String text = s.strip();
        // what BigDecimal refuses at a glance does not set up its class, as the first slice column of words would
        if (!text.chars().allMatch(c -> Character.isDigit(c) || "+-.eE".indexOf(c) >= 0)) {
            return false;
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
