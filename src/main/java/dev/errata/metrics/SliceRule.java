package dev.errata.metrics;

import dev.errata.data.WordEdit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule text (docs/rules.md) that holds exactly the rows of a slice, so a slice can become a rule tag.
 * Numbers are written in full, never rounded like a bin's label: a rounded edge would move rows across it.
 */
public final class SliceRule {

    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "missing", "contains");

    private SliceRule() {}

    /** {@code column == "value"} */
    public static String equalTo(String column, String value) {
        return compare(column, "==", value);
    }

    /** {@code column == 3} */
    public static String equalTo(String column, double value) {
        return compare(column, "==", value);
    }

    /** {@code column op "value"}, op one of the rule language's comparisons. */
    public static String compare(String column, String op, String value) {
        return name(column) + " " + op + " " + quoted(value);
    }

    /** {@code column op 3}, op one of the rule language's comparisons. */
    public static String compare(String column, String op, double value) {
        return name(column) + " " + op + " " + number(value);
    }

    /** {@code column <= 3} */
    public static String atMost(String column, double value) {
        return name(column) + " <= " + number(value);
    }

    /** {@code column > 3} */
    public static String above(String column, double value) {
        return name(column) + " > " + number(value);
    }

    /** {@code column != "value"} */
    public static String notEqualTo(String column, String value) {
        return name(column) + " != " + quoted(value);
    }

    /** {@code column >= low and column < high}, or {@code <= high} for a bin closed at the top. */
    public static String between(String column, double low, double high, boolean closedAbove) {
        String name = name(column);
        return name + " >= " + number(low) + " and " + name + (closedAbove ? " <= " : " < ") + number(high);
    }

    public static String missing(String column) {
        return name(column) + " is missing";
    }

    /**
     * {@code recognised against reference mishears "two" as "to"}, {@code drops "the"} or {@code adds "uh"}:
     * the rows whose transcript makes the edit.
     */
    public static String confusion(String recognised, String reference, WordEdit edit) {
        String columns = name(recognised) + " against " + name(reference);
        return switch (edit.kind()) {
            case SUBSTITUTION -> columns + " mishears " + quoted(edit.reference()) + " as " + quoted(edit.recognised());
            case DELETION -> columns + " drops " + quoted(edit.reference());
            case INSERTION -> columns + " adds " + quoted(edit.recognised());
            case MATCH -> throw new IllegalArgumentException("a matched word is no confusion");
        };
    }

    /** A cell of a cross: both rules. */
    public static String both(String first, String second) {
        return "(" + first + ") and (" + second + ")";
    }

    /** A column name, in backticks unless the rule language reads it bare. */
    static String name(String column) {
        if (BARE_NAME.matcher(column).matches() && !KEYWORDS.contains(column.toLowerCase(Locale.ROOT))) {
            return column;
        }
        if (column.indexOf('`') >= 0) {
            throw new IllegalArgumentException(
                    "the column name " + column + " holds a backtick, which a rule cannot name");
        }
        return "`" + column + "`";
    }

    private static String quoted(String value) {
        if (value.indexOf('"') < 0) {
            return "\"" + value + "\"";
        }
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        throw new IllegalArgumentException(
                "the value " + value + " holds both kinds of quote, which a rule cannot write");
    }

    /** The shortest text that reads back as the same double, without an exponent. */
    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
