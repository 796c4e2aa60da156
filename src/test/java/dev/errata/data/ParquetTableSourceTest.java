package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet files written by Polars (src/test/resources/parquet/make_fixtures.py) read into the same columns as
 * the same rows written by Polars as CSV.
 */
class ParquetTableSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSameColumnsAsTheSameRowsInCsv() {
        for (String parquet : List.of(
                "small.parquet",
                "small-plain.parquet",
                "small-snappy.parquet",
                "small-gzip.parquet",
                "small-lz4.parquet")) {
            LoadedData fromParquet =
                    new CsvImporter().load(ImportRequest.of(ParquetFixtures.file(parquet)), Progress.NONE);
            LoadedData fromCsv =
                    new CsvImporter().load(ImportRequest.of(ParquetFixtures.file("small.csv")), Progress.NONE);
            Dataset p = fromParquet.dataset();
            Dataset c = fromCsv.dataset();
            assertThat(p.rowCount()).isEqualTo(10);
            ParquetFixtures.assertSameCells(p, c);
            assertThat(fromParquet.roles()).isEqualTo(fromCsv.roles());
            assertThat(fromParquet.warnings()).isEqualTo(fromCsv.warnings());
        }
    }

    @Test
    void countsNullsAsMissingCellsAcrossRowGroups() {
        Dataset data = new CsvImporter()
                .load(ImportRequest.of(ParquetFixtures.file("small.parquet")), Progress.NONE)
                .dataset();
        // Counted by hand from make_fixtures.py: age is null in rows 2 and 7, count in row 3, city in row 5.
        assertThat(missing(data.column("age"))).containsExactly(1, 6);
        assertThat(missing(data.column("count"))).containsExactly(2);
        assertThat(missing(data.column("city"))).containsExactly(4);
        assertThat(data.categorical("city").levels()).containsExactly("Oslo", "Lima", "Pune");
        assertThat(((NumericColumn) data.column("count")).value(9)).isEqualTo(100);
        assertThat(((NumericColumn) data.column("age")).value(2)).isEqualTo(1.25);
    }

    @Test
    void refusesANestedColumnByName() {
        assertThatThrownBy(() ->
                        new CsvImporter().load(ImportRequest.of(ParquetFixtures.file("nested.parquet")), Progress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage("nested.parquet:1:4: the column \"tags\" is nested or repeated; only columns of one value"
                        + " a row can be read");
    }

    @Test
    void aFileThatIsNotParquetOrIsCutShortGetsOneLine() throws IOException {
        Path text = dir.resolve("notes.parquet");
        Files.writeString(text, "id,label\n1,a\n");
        Path cut = dir.resolve("cut.parquet");
        byte[] whole = Files.readAllBytes(ParquetFixtures.file("small.parquet"));
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Path empty = dir.resolve("empty.parquet");
        Files.write(empty, new byte[0]);
        for (Path bad : List.of(text, cut, empty)) {
            assertThatThrownBy(() -> new CsvImporter().load(ImportRequest.of(bad), Progress.NONE))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(bad.getFileName() + ":1:1: not a ")
                    .hasMessageContaining("Parquet file")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void namesTheColumnsFromTheFooter() {
        assertThat(CsvImporter.columnNames(ImportRequest.of(ParquetFixtures.file("small.parquet"))))
                .containsExactly("id", "label", "prediction", "age", "count", "flag", "city");
    }

    private static List<Integer> missing(Column column) {
        return java.util.stream.IntStream.range(0, column.size())
                .filter(column::isMissing)
                .boxed()
                .toList();
    }
}
