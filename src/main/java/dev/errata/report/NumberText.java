package dev.errata.report;

import dev.errata.data.Column;
import dev.errata.data.NumericColumn;
import dev.errata.metrics.Proportion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers read in tables and reports; an undefined value reads "—". */
public final class NumberText {

    public static final String UNDEFINED = "—";

    private NumberText() {}

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
        return new BigDecimal(value)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * A cell of the data as the table, the row's details and the reports show it: whole numbers as they are,
     * others to four decimals (a score as Python writes it has sixteen), trailing zeros dropped, and a number
     * too small for four decimals to three significant digits; text as it is.
     */
    public static String cell(Column column, int row) {
        return column instanceof NumericColumn numeric ? data(numeric.value(row)) : column.text(row);
    }

    /** A number of the data as {@link #cell} writes it; a missing one (NaN) is empty, as in the file. */
    public static String data(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded =
                Math.abs(value) >= 0.001 ? exact.setScale(4, RoundingMode.HALF_EVEN) : exact.round(new MathContext(3));
        return rounded.stripTrailingZeros().toString();
    }

    /**
     * A cell of the data whole, for the one row a detail shows: a number with every digit the file gave it,
     * without an exponent where a reader would not write one ("0.0007", not "7.0E-4").
     */
    public static String exactCell(Column column, int row) {
        if (!(column instanceof NumericColumn numeric)) {
            return column.text(row);
        }
        double value = numeric.value(row);
        if (Double.isNaN(value)) {
            return "";
        }
        double size = Math.abs(value);
        if (Double.isInfinite(value) || (size != 0 && (size < 1e-6 || size >= 1e15))) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** A difference of two rates in percentage points, signed: "+3.2 pp", "−9.7 pp". */
    public static String points(double difference) {
        return Double.isNaN(difference) ? UNDEFINED : signedPoints(difference) + " pp";
    }

    /** The number of {@link #points}, without its unit, for a table that names the unit once: "+3.2", "−9.7". */
    public static String signedPoints(double difference) {
        if (Double.isNaN(difference)) {
            return UNDEFINED;
        }
        String magnitude = String.format(Locale.ROOT, "%.1f", 100 * Math.abs(difference));
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
        return percent(p.value()) + " [" + percent(p.low()) + ", " + percent(p.high()) + "]"
                + (p.smallSample() ? " *" : "");
    }
}
