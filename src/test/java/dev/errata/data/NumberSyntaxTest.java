package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberSyntaxTest {

    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return NumberSyntax.parse(b, 0, b.length);
    }

    /** Every form of plain decimal, with cells that the eight-digit reading takes and those it leaves. */
    private static final String[] DECIMALS = {
        "0",
        "-0",
        "+7",
        "42",
        "3.",
        ".5",
        "-.5",
        "0.1",
        "1e3",
        "1E-3",
        "2.5e+10",
        "5.748048218059367e-05",
        "0.44473912992120535",
        "123456789012345678901234567890",
        "0.000000000000000000000001",
        "9007199254740991",
        "9007199254740993",
        "1e308",
        "1e-320",
        "00012.5000",
        "-0.937285",
        "12345678",
        "12345678.87654321",
        "1234567.12345678901",
        "0.0599932054193177",
        "123456789.5"
    };

    /** What Java would take but a data file should not, and cells that only start like a number. */
    private static final String[] NOT_NUMBERS = {
        "",
        "NaN",
        "Infinity",
        "-Infinity",
        "1d",
        "1f",
        "0x1p3",
        " 1",
        "1 ",
        "n/a",
        "?",
        "high",
        "0.5.1",
        "1e",
        "e5",
        ".",
        "-",
        "+",
        "1,5",
        "1.2x",
        "12345678x",
        "1.23456789x",
        "--1",
        "1.-2"
    };

    @Test
    void readsEveryPlainDecimalFormExactlyAsTheJdkDoes() {
        for (String s : DECIMALS) {
            assertThat(parse(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void agreesWithTheJdkOnAMillionRandomDecimalsBitForBit() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String text = i % 3 == 0 ? Double.toString(v) : String.format("%." + (i % 18) + "f", v * 1e-300 * (i % 7));
            assertThat(Double.doubleToLongBits(parse(text)))
                    .as(text)
                    .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void agreesWithTheJdkOnScoresOfSixteenAndSeventeenDigits() {
        // A model's scores as Python writes them: the shortest text of a double in [0, 1), 16 or 17
        // significant digits, whose mantissa is just under or just over what a double holds exactly.
        Random random = new Random(11);
        for (int i = 0; i < 1_000_000; i++) {
            double v = random.nextDouble() * (i % 5 == 0 ? 1e6 : 1);
            String text = i % 2 == 0 ? Double.toString(v) : String.format("%." + (15 + i % 4) + "f", v);
            assertThat(Double.doubleToLongBits(parse(text)))
                    .as(text)
                    .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
        }
    }

    /** The text as a cell inside a line, at an offset, with bytes after it that a word read takes in too. */
    private static double parseInLine(String text, int offset, String after) {
        byte[] b = (".".repeat(offset) + text + after).getBytes(StandardCharsets.US_ASCII);
        return NumberSyntax.parse(b, offset, offset + text.length());
    }

    @Test
    void readsACellInsideALineWhateverFollowsIt() {
        // Digits right after the cell would join it if a word read did not stop at the cell's end.
        for (String after : new String[] {"", ",", "\n", "1234567890123456789", ".25,x", "e5", "        "}) {
            for (int offset = 0; offset < 9; offset++) {
                for (String s : DECIMALS) {
                    assertThat(Double.doubleToLongBits(parseInLine(s, offset, after)))
                            .as("\"%s\" at %d before \"%s\"", s, offset, after)
                            .isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
                }
                for (String s : NOT_NUMBERS) {
                    assertThat(parseInLine(s, offset, after))
                            .as("\"%s\" at %d before \"%s\"", s, offset, after)
                            .isNaN();
                }
            }
        }
    }

    @Test
    void agreesWithTheJdkOnAMillionRandomShortDecimalsInsideLines() {
        // The shapes read eight digits at a time: up to 8 whole digits, up to 16 after the point, a sign.
        Random random = new Random(13);
        for (int i = 0; i < 1_000_000; i++) {
            StringBuilder text = new StringBuilder(i % 3 == 0 ? "-" : i % 11 == 0 ? "+" : "");
            int whole = random.nextInt(9);
            int fraction = random.nextInt(17);
            for (int d = 0; d < whole; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (fraction > 0 || whole == 0 || random.nextInt(4) == 0) {
                text.append('.');
            }
            for (int d = 0; d < fraction || (whole == 0 && d == 0); d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            String s = text.toString();
            String after = random.nextBoolean() ? "," : String.valueOf(random.nextLong(Long.MAX_VALUE));
            assertThat(Double.doubleToLongBits(parseInLine(s, random.nextInt(8), after)))
                    .as(s)
                    .isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
        }
    }

    @Test
    void refusesWhatJavaWouldTakeButADataFileShouldNot() {
        for (String s : NOT_NUMBERS) {
            assertThat(parse(s)).as("\"" + s + "\"").isNaN();
        }
    }
}
