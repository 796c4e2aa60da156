package dev.errata.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    /**
     * scipy 1.17 {@code false_discovery_control([0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.041])}; by hand: sorted
     * 0.005, 0.01, 0.03, 0.04, 0.041, 0.2, 0.5 times 7/rank are 0.035, 0.035, 0.07, 0.07, 0.0574, 0.2333, 0.5,
     * and each q is the least of those from its rank on.
     */
    @Test
    void qValuesMatchScipy() {
        double[] q = BenjaminiHochberg.qValues(new double[] {0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.041});
        assertThat(q)
                .containsExactly(
                        new double[] {0.035, 0.0574, 0.0574, 0.035, 0.23333333333333336, 0.5, 0.0574}, within(1e-12));
    }

    @Test
    void qValuesNeverExceedOne() {
        assertThat(BenjaminiHochberg.qValues(new double[] {0.9, 1.0, 0.95})).containsOnly(1.0);
    }
}
