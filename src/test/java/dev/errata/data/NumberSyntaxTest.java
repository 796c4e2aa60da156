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

    @Test
    void readsEveryPlainDecimalFormExactlyAsTheJdkDoes() {
        for (String s : new String[] {
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
            "9007199254740993",
            "1e308",
            "1e-320",
            "00012.5000"
        }) {
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

    @Test
    void refusesWhatJavaWouldTakeButADataFileShouldNot() {
        for (String s : new String[] {
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
            "1,5"
        }) {
            assertThat(parse(s)).as("\"" + s + "\"").isNaN();
        }
    }
}
