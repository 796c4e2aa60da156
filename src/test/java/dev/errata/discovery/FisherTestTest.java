package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class FisherTestTest {

    /**
     * Against scipy 1.17 (within a millionth, relative: the logarithms of factorials of a million carry nine
     * digits): {@code hypergeom.sf(hits - 1, population, successes, draws)}, equal to
     * {@code fisher_exact([[hits, draws - hits], [successes - hits, …]], alternative='greater')}.
     */
    @Test
    void upperTailsMatchScipy() {
        assertThat(FisherTest.upperTail(100, 10, 20, 5)).isCloseTo(0.025464546427043124, within(1e-12));
        assertThat(FisherTest.upperTail(1000, 100, 50, 1)).isCloseTo(0.9955242090221139, within(1e-12));
        assertThat(FisherTest.upperTail(1000, 100, 50, 12)).isCloseTo(0.0024583389671421316, within(1e-13));
        assertThat(FisherTest.upperTail(1_000_000, 100_000, 10_000, 1100))
                .isCloseTo(0.0004991347888340557, withinPercentage(1e-4));
        assertThat(FisherTest.upperTail(20, 5, 10, 3)).isCloseTo(0.5, within(1e-12));
        assertThat(FisherTest.upperTail(1000, 100, 50, 0)).isEqualTo(1);
    }

    @Test
    void tinyTailsKeepTheirRelativePrecision() {
        // scipy: hypergeom.sf(24, 50, 25, 25) = 7.910728602448617e-15 (all 25 draws are successes: 1 / C(50, 25))
        assertThat(FisherTest.upperTail(50, 25, 25, 25)).isCloseTo(7.910728602448617e-15, withinPercentage(1e-4));
    }

    @Test
    void moreHitsThanPossibleHaveNoChance() {
        assertThat(FisherTest.upperTail(100, 10, 20, 11)).isZero();
    }

    @Test
    void logFactorialIsContinuousWhereTheSeriesTakesOver() {
        // ln 256! = ln 255! + ln 256: the summed table and Stirling's series meet without a step.
        assertThat(FisherTest.logFactorial(256) - FisherTest.logFactorial(255)).isCloseTo(Math.log(256), within(1e-11));
    }
}
