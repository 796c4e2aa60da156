package dev.errata.data;

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
}
