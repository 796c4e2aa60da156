package dev.errata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Counts read with a comma between groups of three digits, as Java's own "%,d" writes them. */
class NumberTextTest {

    @Test
    void groupsTheDigitsOfACountInThrees() {
        assertThat(NumberText.count(0)).isEqualTo("0");
        assertThat(NumberText.count(999)).isEqualTo("999");
        assertThat(NumberText.count(1000)).isEqualTo("1,000");
        assertThat(NumberText.count(1_000_000)).isEqualTo("1,000,000");
        assertThat(NumberText.count(-12_345)).isEqualTo("-12,345");
        assertThat(NumberText.count(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    void writesEveryCountAsFormatterDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertThat(NumberText.count(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
        }
    }

    /** The detail's whole number: every digit the double holds, in the notation the file would use. */
    @Test
    void writesACellWholeWithoutAnExponent() {
        dev.errata.data.NumericColumn scores = new dev.errata.data.NumericColumn(
                "score", new double[] {0.0007, 0.05999320541931776, 3, Double.NaN, 2.83e-7, 1234567.25});

        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(row -> NumberText.exactCell(scores, row)))
                .containsExactly("0.0007", "0.05999320541931776", "3", "", "2.83E-7", "1234567.25");
    }
}
