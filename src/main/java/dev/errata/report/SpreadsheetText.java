package dev.errata.report;

import java.util.regex.Pattern;

/**
 * Text in a CSV cell made inert for a spreadsheet, and back: a cell a spreadsheet would run as a formula
 * starts with a single quote (OWASP's advice on CSV injection), unless it is a plain number, so {@code -0.5}
 * stays a number. Text that starts with a quote gets one more, so reading a cell back gives the exact text.
 */
public final class SpreadsheetText {

    /** What a spreadsheet treats as the start of a formula, and the quote that marks text. */
    private static final String QUOTED_STARTS = "=+-@\t\r'";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetText() {
    }

    /** The text as a cell: inert when it would start a formula; null is an empty cell. */
    public static String inert(String value) {
        if (value == null || value.isEmpty() || QUOTED_STARTS.indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        return "'" + value;
    }

    /** The text a cell written by {@link #inert} holds; any other cell as it is. */
    public static String original(String cell) {
        return cell.startsWith("'") && inert(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
    }
}
