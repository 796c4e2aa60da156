package dev.errata.data;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order classes are listed in, as scikit-learn sorts labels: numerically when every class is a
 * number, else by text.
 */
public final class ClassOrder {

    private ClassOrder() {
    }

    public static List<String> sorted(Collection<String> classes) {
        boolean numeric = classes.stream().allMatch(ClassOrder::isNumber);
        Comparator<String> order = numeric
                ? Comparator.comparing((String c) -> new BigDecimal(c.strip())).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        return classes.stream().sorted(order).toList();
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
