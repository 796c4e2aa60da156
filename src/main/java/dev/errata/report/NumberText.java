package dev.errata.report;

import dev.errata.metrics.Proportion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers read in tables and reports; an undefined value reads "—". */
public final class NumberText {

    public static final String UNDEFINED = "—";

    private NumberText() {
    }

    public static String decimal(double value) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A number in as few characters as read well on an axis: 1200, 3.5, 0.042. */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** A difference of two rates in percentage points, signed: "+3.2 pp", "−9.7 pp". */
    public static String points(double difference) {
        if (Double.isNaN(difference)) {
            return UNDEFINED;
        }
        String magnitude = String.format(Locale.ROOT, "%.1f pp", 100 * Math.abs(difference));
        return (difference < 0 ? "−" : "+") + magnitude;
    }

    /** 1,234,567: a comma between groups of three digits. Not String.format, which a key press calls hundreds of times. */
    public static String count(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        grouped.append(digits, 0, sign);
        for (int i = sign; i < digits.length(); i++) {
            if (i > sign && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** A rate with its 95% interval, and a mark when fewer than 30 rows stand behind it. */
    public static String withInterval(Proportion p) {
        if (Double.isNaN(p.value())) {
            return UNDEFINED;
        }
        return percent(p.value()) + " [" + percent(p.low()) + ", " + percent(p.high()) + "]" + (p.smallSample() ? " *" : "");
    }
}
