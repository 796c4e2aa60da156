package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowChunksTest {

    @Test
    void partsAreMergedInRowOrder() {
        // 10 rows in chunks of 3: [0,3) [3,6) [6,9) [9,10), concatenated back in order
        List<Integer> rows = RowChunks.reduce(
                10,
                3,
                ArrayList::new,
                (part, from, to) -> {
                    for (int row = from; row < to; row++) {
                        part.add(row);
                    }
                },
                (earlier, later) -> {
                    earlier.addAll(later);
                    return earlier;
                });

        assertThat(rows).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void forEachVisitsEveryRowOnce() {
        // three full chunks and a part of a fourth
        int rows = 3 * RowChunks.DEFAULT_CHUNK_ROWS + 5;
        int[] visits = new int[rows];
        RowChunks.forEach(rows, (from, to) -> {
            for (int row = from; row < to; row++) {
                visits[row]++;
            }
        });

        assertThat(visits).containsOnly(1);
    }

    @Test
    void noRowsGiveTheEmptyAccumulator() {
        List<Integer> rows = RowChunks.reduce(0, 3, ArrayList::new, (part, from, to) -> part.add(from), (a, b) -> a);

        assertThat(rows).isEmpty();
    }
}
