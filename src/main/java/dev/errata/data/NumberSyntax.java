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
    /** The most digits {@link #shortDecimal} joins in a long, which holds any 18. */
    private static final int MAX_WORD_DIGITS = 18;

    private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private NumberSyntax() {}

    static boolean isNumber(byte[] b, int from, int to) {
        return !Double.isNaN(parse(b, from, to));
    }

    /**
     * The value of the bytes, or NaN when they are not a number. A number whose digits make an integer
     * a double holds exactly (below 2^53: most 16-digit scores) and a small exponent is computed as that
     * integer × or ÷ an exact power of ten, one correctly rounded operation (Clinger's fast path);
     * anything else goes to FastDoubleParser, which rounds like the JDK. The digits of most cells are read
     * eight at a time ({@link #shortDecimal}); the rest a digit at a time.
     */
    static double parse(byte[] b, int from, int to) {
        double value = shortDecimal(b, from, to);
        return Double.isNaN(value) ? anyDecimal(b, from, to) : value;
    }

    /**
     * The common cell, {@code [+-]?\d{0,8}(\.\d{0,16})?} with a digit, at most 18 of them and their integer
     * below 2^53, read eight digits at a time; NaN for any other, which {@link #anyDecimal} reads. It reads
     * whole words, so a cell without eight bytes of the array from each word goes that way too.
     */
    private static double shortDecimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (i < to && (negative || b[i] == '+')) {
            i++;
        }
        if (i + Long.BYTES > b.length) {
            return Double.NaN;
        }
        long word = ByteWords.read(b, i);
        int whole = Math.min(ByteWords.digitRun(word), to - i);
        long mantissa = ByteWords.digitsValue(word, whole);
        int at = i + whole;
        int fraction = 0;
        if (at < to) {
            if (b[at] != '.') {
                return Double.NaN;
            }
            at++;
            while (at < to) {
                if (at + Long.BYTES > b.length || whole + fraction >= MAX_WORD_DIGITS) {
                    return Double.NaN;
                }
                long digits = ByteWords.read(b, at);
                int n = Math.min(ByteWords.digitRun(digits), to - at);
                if (n == 0 || (n < Long.BYTES && at + n < to) || whole + fraction + n > MAX_WORD_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * LONG_POWERS[n] + ByteWords.digitsValue(digits, n);
                fraction += n;
                at += n;
            }
        }
        if (whole + fraction == 0 || mantissa > MAX_EXACT_MANTISSA) {
            return Double.NaN;
        }
        double value = fraction == 0 ? mantissa : mantissa / EXACT_POWERS[fraction];
        return negative ? -value : value;
    }

    /** Any plain decimal, a digit at a time. */
    private static double anyDecimal(byte[] b, int from, int to) {
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
