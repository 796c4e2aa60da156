package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The distinct numbers of a column agree with a map of boxed values, whether they are few or many. */
class DistinctNumbersTest {

    /** What the boxed map says: each distinct value (Double.equals) and its first row, in order. */
    private static Map<Double, Integer> firstRows(double[] values) {
        Map<Double, Integer> first = new LinkedHashMap<>();
        for (int row = 0; row < values.length; row++) {
            if (!Double.isNaN(values[row])) {
                first.putIfAbsent(values[row], row);
            }
        }
        return first;
    }

    private static void agreesWithTheMap(double[] values) {
        DistinctNumbers distinct = DistinctNumbers.of(values);
        Map<Double, Integer> expected = firstRows(values);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < distinct.count(); i++) {
            rows.add(distinct.firstRow(i));
        }
        assertThat(rows).containsExactlyElementsOf(expected.values());
        List<Double> keys = new ArrayList<>(expected.keySet());
        for (int row = 0; row < values.length; row++) {
            int index = distinct.indexOf(values[row]);
            if (Double.isNaN(values[row])) {
                assertThat(index).isEqualTo(-1);
            } else {
                assertThat(keys.get(index)).isEqualTo(values[row]);
            }
        }
    }

    @Test
    void fewValuesWithZeroAndMinusZeroApartAndNaNLeftOut() {
        double[] values = {1, 0, Double.NaN, -0.0, 1, 2.5, 0, -0.0};
        DistinctNumbers distinct = DistinctNumbers.of(values);
        assertThat(distinct.count()).isEqualTo(4);
        assertThat(distinct.indexOf(-0.0)).isEqualTo(2);
        assertThat(distinct.indexOf(7)).isEqualTo(-1);
        agreesWithTheMap(values);
    }

    @Test
    void manyValuesPastTheFewThatAreSearchedOneByOne() {
        Random random = new Random(5);
        for (int kinds : new int[] {15, 16, 17, 40, 1_000}) {
            double[] values = new double[20_000];
            for (int i = 0; i < values.length; i++) {
                values[i] = i % 101 == 0 ? Double.NaN : random.nextInt(kinds) - kinds / 2;
            }
            agreesWithTheMap(values);
        }
    }
}
