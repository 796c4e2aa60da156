package dev.errata.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The Parquet files src/test/resources/parquet/make_fixtures.py wrote with Polars. */
public final class ParquetFixtures {

    private ParquetFixtures() {}

    public static Path file(String name) {
        try {
            return Path.of(ParquetFixtures.class.getResource("/parquet/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the two datasets hold the same columns, of the same kind, with the same text in every cell. */
    public static void assertSameCells(Dataset parquet, Dataset csv) {
        assertThat(parquet.columnNames()).isEqualTo(csv.columnNames());
        assertThat(parquet.rowCount()).isEqualTo(csv.rowCount());
        for (String name : csv.columnNames()) {
            Column p = parquet.column(name);
            Column c = csv.column(name);
            assertThat(p.getClass()).as(name).isEqualTo(c.getClass());
            for (int r = 0; r < csv.rowCount(); r++) {
                assertThat(p.text(r)).as(name + " row " + r).isEqualTo(c.text(r));
                assertThat(p.isMissing(r)).as(name + " row " + r).isEqualTo(c.isMissing(r));
            }
        }
    }
}
