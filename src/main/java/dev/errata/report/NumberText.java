package dev.errata.report;

import dev.errata.metrics.Proportion;
import java.util.Locale;

/** How numbers read in tables and reports; an undefined value reads "—". */
public final class NumberText {

    public static final String UNDEFINED = "—";

    private NumberText() {
    }

    public static String decimal(double value) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%.4f", value);
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A rate with its 95% interval, and a mark when fewer than 30 rows stand behind it. */
    public static String withInterval(Proportion p) {
        if (Double.isNaN(p.value())) {
            return UNDEFINED;
        }
        return percent(p.value()) + " [" + percent(p.low()) + ", " + percent(p.high()) + "]" + (p.smallSample() ? " *" : "");
    }
}
