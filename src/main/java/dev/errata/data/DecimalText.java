package dev.errata.data;

/**
 * Plain decimal notation in text, {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}, found in one pass: the
 * rule and check languages and the exports ask it of text that may be a hundred thousand digits long,
 * where a backtracking pattern took minutes.
 */
public final class DecimalText {

    private DecimalText() {}

    /** Whether the whole text is a number in plain decimal notation. */
    public static boolean isDecimal(CharSequence text) {
        return end(text, 0) == text.length();
    }

    /**
     * Where the longest number in plain decimal notation that starts at {@code from} ends, or -1 when none
     * starts there; an exponent marker without digits after it is not part of the number.
     */
    public static int end(CharSequence text, int from) {
        int length = text.length();
        int i = from;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        for (; i < length && isDigit(text.charAt(i)); i++) {
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            for (; i < length && isDigit(text.charAt(i)); i++) {
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < length && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            int exponentDigits = exponent;
            while (exponentDigits < length && isDigit(text.charAt(exponentDigits))) {
                exponentDigits++;
            }
            if (exponentDigits > exponent) {
                i = exponentDigits;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
