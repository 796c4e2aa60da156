package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowOrderTest {

    @Test
    void numbersSortAsNumbersWithMissingLastInBothDirections() {
        NumericColumn x = new NumericColumn("x", new double[] {2.5, -1, Double.NaN, 10, -0.0, 0.0, -7.25, 2.5});
        int[] rows = RowOrder.identity(8);
        assertThat(RowOrder.sortBy(x, rows, true)).containsExactly(6, 1, 4, 5, 0, 7, 3, 2);
        assertThat(RowOrder.sortBy(x, rows, false)).containsExactly(3, 0, 7, 4, 5, 1, 6, 2);
    }

    @Test
    void textSortsByItsLevelsNumericallyWhenEveryLevelIsANumberAndMissingLast() {
        CategoricalColumn sizes = CategoricalColumn.of("s", "10", "9", null, "100", "9");
        assertThat(RowOrder.sortBy(sizes, RowOrder.identity(5), true)).containsExactly(1, 4, 0, 3, 2);
        CategoricalColumn words = CategoricalColumn.of("w", "pear", "apple", "fig", "apple");
        assertThat(RowOrder.sortBy(words, RowOrder.identity(4), false)).containsExactly(0, 2, 1, 3);
    }

    @Test
    void sortingIsStableSoASecondSortKeepsTheFirstAmongTies() {
        CategoricalColumn group = CategoricalColumn.of("g", "b", "a", "b", "a");
        NumericColumn score = new NumericColumn("s", new double[] {0.1, 0.9, 0.5, 0.3});
        int[] byScore = RowOrder.sortBy(score, RowOrder.identity(4), false);
        assertThat(RowOrder.sortBy(group, byScore, true)).containsExactly(1, 3, 2, 0);
    }

    @Test
    void agreesWithAComparatorSortOnRandomValues() {
        Random random = new Random(3);
        double[] values = new double[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 97 == 0 ? Double.NaN : random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
        }
        int[] expected = Arrays.stream(RowOrder.identity(values.length))
                .boxed()
                .sorted(Comparator.comparingDouble(
                        (Integer r) -> Double.isNaN(values[r]) ? Double.POSITIVE_INFINITY : values[r]))
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(RowOrder.sortBy(new NumericColumn("v", values), RowOrder.identity(values.length), true))
                .containsExactly(expected);
    }

    /** Many ties, and the rows given in a shuffled order: the result is a stable sort's, in both directions. */
    @Test
    void aLargeSortOnTheCoresIsStableAndAgreesWithAComparatorSort() {
        Random random = new Random(11);
        double[] values = new double[400_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 53 == 0 ? Double.NaN : Math.round(random.nextDouble() * 300) / 100.0 - 1;
        }
        int[] rows = RowOrder.identity(values.length);
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        for (boolean ascending : new boolean[] {true, false}) {
            double missing = ascending ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            Comparator<Integer> byValue =
                    Comparator.comparingDouble((Integer r) -> Double.isNaN(values[r]) ? missing : values[r]);
            int[] expected = Arrays.stream(rows)
                    .boxed()
                    .sorted(ascending ? byValue : byValue.reversed())
                    .mapToInt(Integer::intValue)
                    .toArray();
            assertThat(RowOrder.sortByValues(values, rows, ascending)).isEqualTo(expected);
        }
    }

    /**
     * The check of an order a table's copy kept takes exactly the order the sort makes: ties in row order,
     * missing values last, every row once.
     */
    @Test
    void anOrderIsTakenAsAscendingOnlyWhenItIsTheSortsOwn() {
        double[] values = {0.5, Double.NaN, 0.25, 0.5, -0.0, 0.0, 1, Double.NaN};
        int[] sorted = RowOrder.sortByValues(values, RowOrder.identity(values.length), true);
        assertThat(sorted).containsExactly(4, 5, 2, 0, 3, 6, 1, 7);
        assertThat(RowOrder.isAscendingOrder(values, sorted)).isTrue();

        // equal values out of row order (0.5 at rows 0 and 3; -0.0 and 0.0 are one value), a row twice, a row
        // out of range, a row missing, a missing value before a number
        assertThat(RowOrder.isAscendingOrder(values, new int[] {4, 5, 2, 3, 0, 6, 1, 7}))
                .isFalse();
        assertThat(RowOrder.isAscendingOrder(values, new int[] {5, 4, 2, 0, 3, 6, 1, 7}))
                .isFalse();
        assertThat(RowOrder.isAscendingOrder(values, new int[] {4, 5, 2, 0, 0, 6, 1, 7}))
                .isFalse();
        assertThat(RowOrder.isAscendingOrder(values, new int[] {4, 5, 2, 0, 3, 6, 1, 8}))
                .isFalse();
        assertThat(RowOrder.isAscendingOrder(values, new int[] {4, 5, 2, 0, 3, 6, 1}))
                .isFalse();
        assertThat(RowOrder.isAscendingOrder(values, new int[] {4, 5, 2, 0, 3, 1, 6, 7}))
                .isFalse();

        Random random = new Random(5);
        double[] many = new double[20_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(500) / 100.0;
        }
        assertThat(RowOrder.isAscendingOrder(many, new NumericColumn("m", many).ascendingOrder()))
                .isTrue();
    }

    @Test
    void byMembershipPutsMembersLastOrFirstKeepingOrderWithinEach() {
        int[] rows = {4, 1, 3, 0, 2};
        assertThat(RowOrder.byMembership(r -> r % 2 == 0, rows, true)).containsExactly(1, 3, 4, 0, 2);
        assertThat(RowOrder.byMembership(r -> r % 2 == 0, rows, false)).containsExactly(4, 0, 2, 1, 3);
    }
}
