package dev.errata.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairedDifferenceTest {

    /**
     * Over 4,000 seeded draws of paired outcomes with a known difference of accuracies, the 95% interval
     * holds the true difference in 93% to 97% of them: the interval is as wide as it claims, for small and
     * large samples, no difference and a real one.
     */
    @ParameterizedTest
    @CsvSource({"40, 0.75, 0.05, 0.05", "200, 0.80, 0.06, 0.03", "1000, 0.85, 0.02, 0.01", "100, 0.60, 0.10, 0.02"})
    void coversTheTrueDifferenceAboutNinetyFivePercentOfTheTime(
            int rows, double bothRight, double fixed, double broken) {
        SplittableRandom random = new SplittableRandom(rows);
        double truth = fixed - broken;
        int draws = 4000;
        int covered = 0;
        for (int draw = 0; draw < draws; draw++) {
            long[] cells = new long[4];
            for (int row = 0; row < rows; row++) {
                double u = random.nextDouble();
                cells[u < bothRight ? 0 : u < bothRight + fixed ? 1 : u < bothRight + fixed + broken ? 2 : 3]++;
            }
            PairedDifference d = PairedDifference.of(cells[0], cells[1], cells[2], cells[3]);
            if (d.low() <= truth && truth <= d.high()) {
                covered++;
            }
        }
        assertThat(covered / (double) draws).isBetween(0.93, 0.97);
    }

    @Test
    void aNetGainIsTheDifferenceOfTheAccuracies() {
        // first right on 80 + 5 = 85 of 100, second on 80 + 10 = 90: +0.05
        PairedDifference d = PairedDifference.of(80, 10, 5, 5);
        assertThat(d.value()).isCloseTo(0.05, within(1e-15));
        assertThat(d.low()).isLessThan(0.05);
        assertThat(d.high()).isGreaterThan(0.05);
        // 10 against 5 discordant rows: McNemar's p = 0.30, no clear difference
        assertThat(d.holdsZero()).isTrue();
    }

    @Test
    void noRowsIsUnknown() {
        assertThat(PairedDifference.of(0, 0, 0, 0).value()).isNaN();
    }
}
