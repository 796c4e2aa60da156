package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A data file joined by id to a predictions file, either of them Parquet, loads as the same two files as CSV
 * do (src/test/resources/parquet/make_fixtures.py wrote each pair with Polars).
 */
class ParquetJoinTest {

    private static LoadedData load(String data, String predictions) {
        return new CsvImporter()
                .load(
                        ImportRequest.of(ParquetFixtures.file(data))
                                .withPredictions(ParquetFixtures.file(predictions), "id"),
                        Progress.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "features.parquet, predicted.csv",
        "features.csv, predicted.parquet",
        "features.parquet, predicted.parquet"
    })
    void eitherFileMayBeParquet(String data, String predictions) {
        LoadedData joined = load(data, predictions);
        LoadedData csv = load("features.csv", "predicted.csv");
        ParquetFixtures.assertSameCells(joined.dataset(), csv.dataset());
        assertThat(joined.roles()).isEqualTo(csv.roles());
        // make_fixtures.py: row 4 (id 4) has no prediction; id 99 has no row; id 1's score is null
        Dataset dataset = joined.dataset();
        assertThat(dataset.rowCount()).isEqualTo(6);
        assertThat(dataset.column("prediction").text(0)).isEqualTo("cat");
        assertThat(dataset.column("prediction").isMissing(3)).isTrue();
        assertThat(((NumericColumn) dataset.column("score")).value(5)).isEqualTo(0.9);
        assertThat(joined.warnings())
                .hasSize(csv.warnings().size())
                .anySatisfy(
                        w -> assertThat(w).contains("1 row whose id is not in").contains("99"))
                .anySatisfy(
                        w -> assertThat(w).contains("1 row without predictions").contains("4"));
    }

    @Test
    void aRepeatedIdInAParquetPredictionsFileIsNamedByTheLineItWouldHaveAsCsv() {
        // make_fixtures.py: ids 5, 5, 6, so the second row, line 3 as CSV, repeats line 2's id in field 1
        assertThatThrownBy(() -> load("features.parquet", "repeated-ids.parquet"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("repeated-ids.parquet:3:1")
                .hasMessageContaining("id \"5\" appears twice")
                .hasMessageContaining("also on line 2");
    }
}
