package dev.errata.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class McNemarTest {

    @Test
    void smallCountsAreTheBinomialTailByHand() {
        // 1 fixed, 5 broken: 2 · (C(6,0) + C(6,1)) / 2^6 = 14/64
        assertThat(McNemar.exactPValue(1, 5)).isCloseTo(14.0 / 64, within(1e-15));
        assertThat(McNemar.exactPValue(5, 1)).isCloseTo(14.0 / 64, within(1e-15));
        // 0 fixed, 3 broken: 2 / 8
        assertThat(McNemar.exactPValue(0, 3)).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void noChangeOrAnEvenSplitIsNoEvidence() {
        assertThat(McNemar.exactPValue(0, 0)).isEqualTo(1);
        assertThat(McNemar.exactPValue(7, 7)).isEqualTo(1);
        // one apart: the two tails overlap, capped at 1 as scipy's binomtest(3, 7) gives 1.0
        assertThat(McNemar.exactPValue(3, 4)).isEqualTo(1);
    }

    @Test
    void largeCountsBeyondADoublesPowersOfTwoStayExactToNineDigits() {
        // scipy.stats.binomtest(1000, 2200, 0.5).pvalue (scipy 1.17.1)
        assertThat(McNemar.exactPValue(1000, 1200)).isCloseTo(2.1817026407914194e-05, withinPercentage(1e-7));
        // binomtest(20000, 40500).pvalue: 2^40500 overflows, the log sum does not
        assertThat(McNemar.exactPValue(20000, 20500)).isCloseTo(0.013153825113144245, withinPercentage(1e-7));
    }
}
