package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of number a Parquet writer stores, text in plain pages, and pages of both versions in the
 * encodings writers choose, read as the CSV of the same rows (written by Polars and pyarrow,
 * src/test/resources/parquet/make_fixtures.py).
 */
class ParquetTypesTest {

    private static Dataset load(String name) {
        return new CsvImporter()
                .load(ImportRequest.of(ParquetFixtures.file(name)), Progress.NONE)
                .dataset();
    }

    @Test
    void everyCellEqualsTheCsvs() {
        Dataset parquet = load("types.parquet");
        Dataset csv = load("types.csv");
        assertThat(parquet.rowCount()).isEqualTo(3000);
        ParquetFixtures.assertSameCells(parquet, csv);
    }

    @Test
    void numbersHaveTheValuesTheWriterWasGiven() {
        Dataset data = load("types.parquet");
        // make_fixtures.py: score = (i % 10) / 10 as float32, big = 10^10 + i as int64, price = "i.(i % 100)"
        // as decimal(·, 2); row 11's score, 13's big and 17's price are null.
        NumericColumn score = (NumericColumn) data.column("score");
        assertThat(score.value(3)).isEqualTo(0.3);
        assertThat(score.value(1239)).isEqualTo(0.9);
        assertThat(score.isMissing(11)).isTrue();
        NumericColumn big = (NumericColumn) data.column("big");
        assertThat(big.value(2999)).isEqualTo(10_000_002_999.0);
        assertThat(big.isMissing(13)).isTrue();
        NumericColumn price = (NumericColumn) data.column("price");
        assertThat(price.value(1234)).isEqualTo(1234.34);
        assertThat(price.isMissing(17)).isTrue();
        assertThat(data.column("name").text(2999)).isEqualTo("row-2999");
        assertThat(data.column("name").isMissing(7)).isTrue();
    }

    /**
     * Version 1 pages with statistics and version 2 pages without, each column in another encoding (delta
     * and byte-stream-split numbers, delta text, dictionaries, run-length booleans, plain numbers), several
     * pages a row group, a null in the first row group only, so later pages are read without their levels.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pages-v1.parquet", "pages-v2.parquet"})
    void pagesOfBothVersionsInEachEncodingReadAsTheCsv(String name) {
        Dataset parquet = load(name);
        ParquetFixtures.assertSameCells(parquet, load("pages.csv"));
        // make_fixtures.py: delta_int = 7i − 500, split_float = (i % 50) / 4 as float32, plain_int = 3·10^9 + i;
        // row 3's delta_int and row 12's plain_int are null
        assertThat(parquet.rowCount()).isEqualTo(2000);
        assertThat(((NumericColumn) parquet.column("delta_int")).value(1999)).isEqualTo(13_493.0);
        assertThat(parquet.column("delta_int").isMissing(3)).isTrue();
        assertThat(((NumericColumn) parquet.column("split_float")).value(1998)).isEqualTo(12.0);
        assertThat(((NumericColumn) parquet.column("plain_int")).value(1999)).isEqualTo(3_000_001_999.0);
        assertThat(parquet.column("plain_int").isMissing(12)).isTrue();
        assertThat(parquet.column("delta_text").text(1234)).isEqualTo("item-01234");
        assertThat(parquet.column("flag").text(1236)).isEqualTo("true");
    }
}
