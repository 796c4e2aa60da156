package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** A numeric flag column's rows of 1, across word boundaries and with gaps; any other number is refused with its line. */
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
    void aNumberOtherThanZeroOrOneIsRefusedWithItsLine() {
        double[] values = {0, 1, 1, 0.5, 2};
        assertThatThrownBy(() -> ImportedTagColumn.rows(flags(values), "flag"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column \"flag\"")
                .hasMessageContaining("on line 5");
    }
}
