package dev.errata.data;

import static dev.errata.data.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPreviewTest {

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
        CsvPreview preview = CsvPreview.of(write(dir, "p.csv", csv.toString()));
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
        CsvPreview preview = CsvPreview.of(write(dir, "q.csv", "a,b\n1,2\n"));
        assertThat(preview.task()).isNull();
        assertThat(preview.rows()).isEqualTo(List.of(List.of("1", "2")));
    }
}
