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
        boolean numeric = classes.stream().allMatch(ClassOrder::isNumber);
        Comparator<String> order = numeric
                ? Comparator.comparing((String c) -> new BigDecimal(c.strip()))
                        .thenComparing(ClassOrder::compareCodePoints)
                : ClassOrder::compareCodePoints;
        return classes.stream().sorted(order).toList();
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
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
