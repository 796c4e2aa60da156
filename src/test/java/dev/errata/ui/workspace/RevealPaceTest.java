package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevealPaceTest {

    private static final long MS = 1_000_000;

    /** The parts given at each frame start, the frames lasting the given milliseconds. */
    private static List<Integer> paces(long... frameMillis) {
        RevealPace pace = new RevealPace();
        List<Integer> parts = new ArrayList<>();
        long at = 5_000 * MS;
        parts.add(pace.partsFor(at));
        for (long millis : frameMillis) {
            at += millis * MS;
            parts.add(pace.partsFor(at));
        }
        return parts;
    }

    @Test
    void startsWithOnePartAndStaysThereWhileEachPartTakesMoreThanHalfTheBudget() {
        // a first open: each part styled for the first time takes 53 to 184 ms
        assertThat(paces(53, 162, 73, 59, 116, 67, 89, 164)).containsOnly(1);
    }

    @Test
    void addsAsManyPartsAsTheLastFramesCostPerPartFitsInTheBudgetAtMostTwiceTheLast() {
        // 40 ms for 1 part: 2.5 fit, so 2; 50 ms for 2: 4 fit, so 4; 60 ms for 4: 6.7 fit, but at most 8
        assertThat(paces(40, 50, 60)).containsExactly(1, 2, 4, 6);
        // quick frames double the pace up to the most
        assertThat(paces(17, 17, 17, 17, 17)).containsExactly(1, 2, 4, 8, 8, 8);
    }

    @Test
    void aSlowFrameBringsThePaceBackDown() {
        // 4 parts took 300 ms: 75 ms each, so one fits in 100 ms
        assertThat(paces(17, 17, 300)).containsExactly(1, 2, 4, 1);
        // 8 parts took 200 ms: 25 ms each, 4 fit
        assertThat(paces(17, 17, 17, 200)).containsExactly(1, 2, 4, 8, 4);
    }
}
