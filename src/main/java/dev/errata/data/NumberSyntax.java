package dev.errata.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Reads a decimal number from CSV bytes. Only plain decimal notation counts as a number
 * ({@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}): Java's own parser would also take "NaN", "Infinity",
 * hex floats and a trailing "d", which in a data file are mistakes, not numbers.
 */
final class NumberSyntax {

    /** Powers of ten that a double holds exactly, for the exact fast path. */
    private static final double[] EXACT_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private static final long MAX_EXACT_MANTISSA = (1L << 53) - 1;

    private NumberSyntax() {}

    static boolean isNumber(byte[] b, int from, int to) {
        return !Double.isNaN(parse(b, from, to));
    }

    /**
     * The value of the bytes, or NaN when they are not a number. A number whose digits make an integer
     * a double holds exactly (below 2^53: most 16-digit scores) and a small exponent is computed as that
     * integer × or ÷ an exact power of ten, one correctly rounded operation (Clinger's fast path);
     * anything else goes to FastDoubleParser, which rounds like the JDK.
     */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int significant = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant > 0 || c != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (point) {
                        scale--;
                    }
                } else if (!point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int expDigits = 0;
            for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                exponent = Math.min(exponent * 10 + (b[i] - '0'), 100_000);
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        int power = scale + exponent;
        // Up to 18 digits are in the mantissa; more make it exceed 2^53, so the test below also says all were read.
        if (mantissa <= MAX_EXACT_MANTISSA && Math.abs(power) < EXACT_POWERS.length) {
            double value = power >= 0 ? mantissa * EXACT_POWERS[power] : mantissa / EXACT_POWERS[-power];
            return negative ? -value : value;
        }
        return JavaDoubleParser.parseDouble(b, from, to - from);
    }
}
