package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every kind of number a Parquet writer stores, and text in plain pages, read as the CSV of the same rows
 * (both written by Polars, src/test/resources/parquet/make_fixtures.py).
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
}
