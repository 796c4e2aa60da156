package dev.errata.data;

import static dev.errata.data.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPreviewTest {

    @TempDir
    Path dir;

    @Test
    void showsTheFirstRowsWithTheDetectedRolesAndTask() {
        StringBuilder csv = new StringBuilder("id,y_true,y_pred,score,city\n");
        for (int i = 1; i <= 80; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "yes" : "no")
                    .append(",no,0.")
                    .append(i % 10)
                    .append(',')
                    .append(i == 2 ? "\"Zürich, CH\"" : "")
                    .append('\n');
        }
        DataPreview preview = DataPreview.of(write(dir, "p.csv", csv.toString()));
        assertThat(preview.columns()).containsExactly("id", "y_true", "y_pred", "score", "city");
        assertThat(preview.rows()).hasSize(50);
        assertThat(preview.rows().get(1)).containsExactly("2", "no", "no", "0.2", "Zürich, CH");
        assertThat(preview.rows().get(2)).containsExactly("3", "yes", "no", "0.3", "");
        assertThat(preview.detected().label()).isEqualTo("y_true");
        assertThat(preview.detected().score()).isEqualTo("score");
        assertThat(preview.task()).isEqualTo(Task.BINARY);
    }

    @Test
    void aFileWithoutALabelHasNoTaskYet() {
        DataPreview preview = DataPreview.of(write(dir, "q.csv", "a,b\n1,2\n"));
        assertThat(preview.task()).isNull();
        assertThat(preview.rows()).isEqualTo(List.of(List.of("1", "2")));
    }

    /** A Parquet file's preview is its CSV's: the same roles, task, row count and (but decimals) first rows. */
    @Test
    void aParquetFileIsPreviewedAsTheCsvOfTheSameRows() {
        for (String name : List.of("small", "types", "pages")) {
            DataPreview parquet =
                    DataPreview.of(ParquetFixtures.file(name.equals("pages") ? "pages-v2.parquet" : name + ".parquet"));
            DataPreview csv = DataPreview.of(ParquetFixtures.file(name + ".csv"));
            assertThat(parquet.columns()).as(name).isEqualTo(csv.columns());
            if (!name.equals("types")) {
                // types' decimals are the writer's text in its CSV ("10.10"), numbers read in Errata ("10.1")
                assertThat(parquet.rows()).as(name).isEqualTo(csv.rows());
            }
            assertThat(parquet.detected()).as(name).isEqualTo(csv.detected());
            assertThat(parquet.task()).as(name).isEqualTo(csv.task());
            assertThat(parquet.rowCount()).as(name).isEqualTo(csv.rowCount());
            assertThat(parquet.isWholeFile()).isTrue();
            assertThat(parquet.encoding()).isEqualTo("Parquet");
        }
        // make_fixtures.py: small has 10 rows, its second row's age null; pages-v2 has 2,000
        DataPreview small = DataPreview.of(ParquetFixtures.file("small.parquet"));
        assertThat(small.rows().get(1)).containsExactly("2", "dog", "cat", "", "20", "false", "Lima");
        assertThat(small.task()).isEqualTo(Task.MULTICLASS);
        assertThat(DataPreview.of(ParquetFixtures.file("pages-v2.parquet")).rowCount())
                .isEqualTo(2000);
    }
}
