package dev.errata.report;

import dev.errata.data.DecimalText;

/**
 * Text in a CSV cell made inert for a spreadsheet, and back: a cell a spreadsheet would run as a formula
 * starts with a single quote (OWASP's advice on CSV injection), unless it is a plain number, so {@code -0.5}
 * stays a number. A formula may start the cell or any part of it after a separator of some locale
 * ({@code x;=cmd} splits in a spreadsheet that separates fields with semicolons), past spaces and invisible
 * characters a spreadsheet skips, in ASCII or full width. Text that starts with a quote gets one more, so
 * reading a cell back gives the exact text.
 */
public final class SpreadsheetText {

    /** What a spreadsheet treats as the start of a formula, in ASCII and in full width (which some convert). */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /** Where a spreadsheet of another locale may split a cell that is not quoted. */
    private static final String SEPARATORS = ";,";

    private SpreadsheetText() {}

    /** The text as a cell: inert when it would start a formula; null is an empty cell. */
    public static String inert(String value) {
        if (value == null) {
            return "";
        }
        boolean quoted = value.startsWith("'") || startsFormula(value) && !DecimalText.isDecimal(value);
        return quoted ? "'" + value : value;
    }

    /** The text a cell written by {@link #inert} holds; any other cell as it is. */
    public static String original(String cell) {
        return cell.startsWith("'") && inert(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
    }

    /**
     * Whether a formula character starts the value or a part of it a separator begins, past spaces and
     * invisible characters (a byte order mark, a zero-width space) that a spreadsheet skips.
     */
    private static boolean startsFormula(String value) {
        boolean atStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (atStart && FORMULA_STARTS.indexOf(c) >= 0) {
                return true;
            }
            if (SEPARATORS.indexOf(c) >= 0) {
                atStart = true;
            } else if (!isBlank(c)) {
                atStart = false;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
