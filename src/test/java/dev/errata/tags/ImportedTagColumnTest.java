package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * A flag column's rows, numbers or text, across word boundaries and with gaps; any other number or text is
 * refused with its line.
 */
class ImportedTagColumnTest {

    private static Dataset flags(double[] values) {
        int[] lines = IntStream.range(0, values.length).map(row -> row + 2).toArray();
        return new Dataset("d", List.of(new NumericColumn("flag", values)), lines, null);
    }

    @Test
    void theRowsOfOneAreTheTagsRowsWhereverTheyFall() {
        Random random = new Random(7);
        double[] values = new double[10_007];
        RoaringBitmap ones = new RoaringBitmap();
        for (int row = 0; row < values.length; row++) {
            int kind = random.nextInt(5);
            values[row] = kind == 0 ? Double.NaN : kind <= 2 ? 0 : 1;
            if (values[row] == 1) {
                ones.add(row);
            }
        }
        // the first and last rows of a word, and the file's last row
        for (int row : new int[] {0, 63, 64, 127, 128, values.length - 1}) {
            values[row] = 1;
            ones.add(row);
        }
        assertThat(ImportedTagColumn.rows(flags(values), "flag")).isEqualTo(ones);
        assertThat(ImportedTagColumn.rows(flags(new double[70]), "flag").isEmpty())
                .isTrue();
    }

    @Test
    void theRowsOfATextFlagAreTheRowsOfItsTrueValuesWhereverTheyFall() {
        Random random = new Random(11);
        String[] cells = new String[70_001];
        RoaringBitmap truths = new RoaringBitmap();
        String[] trues = {"true", "Yes", "1", " TRUE "};
        String[] falses = {"false", "no", "0", ""};
        for (int row = 0; row < cells.length; row++) {
            boolean tagged = row == 0
                    || row == 63
                    || row == 64
                    || row == 65_535
                    || row == 65_536
                    || row == cells.length - 1
                    || random.nextInt(3) == 0;
            cells[row] = tagged ? trues[random.nextInt(trues.length)] : falses[random.nextInt(falses.length)];
            if (tagged) {
                truths.add(row);
            }
        }
        int[] lines = IntStream.range(0, cells.length).map(row -> row + 2).toArray();
        Dataset text = new Dataset("d", List.of(CategoricalColumn.of("flag", cells)), lines, null);

        assertThat(ImportedTagColumn.rows(text, "flag")).isEqualTo(truths);
    }

    @Test
    void textOtherThanAFlagIsRefusedWithItsLine() {
        Dataset text = new Dataset(
                "d", List.of(CategoricalColumn.of("flag", "yes", "no", "maybe")), new int[] {2, 3, 4}, null);
        assertThatThrownBy(() -> ImportedTagColumn.rows(text, "flag"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds \"maybe\" on line 4");
    }

    @Test
    void aNumberOtherThanZeroOrOneIsRefusedWithItsLine() {
        double[] values = {0, 1, 1, 0.5, 2};
        assertThatThrownBy(() -> ImportedTagColumn.rows(flags(values), "flag"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column \"flag\"")
                .hasMessageContaining("on line 5");
    }
}
