package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RowIdIndexTest {

    @Test
    void findsNumericIdsByTheirExactText() {
        RowIdIndex index = RowIdIndex.of(new NumericColumn("id", new double[] {30, 10, 20, 5}));

        assertThat(index.row("20")).isEqualTo(OptionalInt.of(2));
        assertThat(index.row("5")).isEqualTo(OptionalInt.of(3));
        assertThat(index.row("05")).isEmpty();
        assertThat(index.row("20.0")).isEmpty();
        assertThat(index.row("7")).isEmpty();
        assertThat(index.row("abc")).isEmpty();
        assertThat(index.row("NaN")).isEmpty();
        assertThat(index.firstRepeat).isEqualTo(-1);
        assertThat(index.firstMissing).isEqualTo(-1);
    }

    @Test
    void findsIdsThatAscendWithoutSortingThem() {
        RowIdIndex index = RowIdIndex.of(new NumericColumn("id", new double[] {1, 2, 3, 5}));

        assertThat(index.row("5")).isEqualTo(OptionalInt.of(3));
        assertThat(index.row("1")).isEqualTo(OptionalInt.of(0));
        assertThat(index.row("4")).isEmpty();
        assertThat(index.firstRepeat).isEqualTo(-1);
    }

    @Test
    void findsARepeatInIdsThatOtherwiseAscend() {
        RowIdIndex index = RowIdIndex.of(new NumericColumn("id", new double[] {1, 2, 2, 3}));

        assertThat(index.firstRepeat).isEqualTo(2);
        assertThat(index.repeated).isEqualTo(1);
    }

    @Test
    void findsFractionalIdsAsDatasetWritesThem() {
        RowIdIndex index = RowIdIndex.of(new NumericColumn("id", new double[] {0.5, 1.25}));

        assertThat(index.row("1.25")).isEqualTo(OptionalInt.of(1));
        assertThat(index.row("0.5")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void reportsTheFirstRowInFileOrderThatRepeatsAnId() {
        // 7 repeats at row 4 (first at row 1), 3 repeats at row 3 (first at row 0) and again at row 5
        RowIdIndex index = RowIdIndex.of(new NumericColumn("id", new double[] {3, 7, 9, 3, 7, 3}));

        assertThat(index.firstRepeat).isEqualTo(3);
        assertThat(index.repeated).isEqualTo(0);
    }

    @Test
    void reportsTheFirstMissingNumericId() {
        RowIdIndex index = RowIdIndex.of(new NumericColumn("id", new double[] {1, 2, Double.NaN, 4, Double.NaN}));

        assertThat(index.firstMissing).isEqualTo(2);
        assertThat(index.firstRepeat).isEqualTo(-1);
    }

    @Test
    void indexesTextIdsThroughTheirLevels() {
        CategoricalColumn ids = CategoricalColumn.of("id", "b", "a", "", "c", "a", "b");
        RowIdIndex index = RowIdIndex.of(ids);

        assertThat(index.firstMissing).isEqualTo(2);
        assertThat(index.firstRepeat).isEqualTo(4);
        assertThat(index.repeated).isEqualTo(1);
        assertThat(index.row("c")).isEqualTo(OptionalInt.of(3));
        assertThat(index.row("d")).isEmpty();
    }

    @Test
    void findsRowsByTheLineTheyStartOn() {
        RowIdIndex index = RowIdIndex.ofLines(new int[] {2, 3, 5, 9});

        assertThat(index.row("5")).isEqualTo(OptionalInt.of(2));
        assertThat(index.row("4")).isEmpty();
        assertThat(index.row("+5")).isEmpty();
        assertThat(index.row("x")).isEmpty();
    }
}
