package dev.errata.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Model;
import dev.errata.data.Progress;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.TagInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class ModelComparisonTest {

    /* v2 against v1: fixed ids 2, 3 and 8, broken id 4 (rows 1, 2, 7 and 3 counting from 0). */
    private static final String CSV = """
            id,label,p1,p2
            1,a,a,a
            2,a,b,a
            3,a,b,a
            4,b,b,a
            5,b,b,b
            6,b,a,a
            7,a,a,a
            8,b,a,b
            """;

    private static final List<Model> MODELS = List.of(Model.parse("v1=p1"), Model.parse("v2=p2"));

    @TempDir
    Path dir;

    private LoadedData load() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), CSV);
        ColumnRoles roles = new ColumnRoles("id", "label", "p1", null, null, Task.BINARY, "b");
        return new CsvImporter().load(ImportRequest.of(file).withOverrides(roles), Progress.NONE);
    }

    @Test
    void aHandTagCountsOnlyItsReviewedRows() throws IOException {
        LoadedData data = load();
        // tagged: ids 2 and 3, both fixed; reviewed: ids 2 and 4, so only id 2 is known to be in the tag
        TagInput hand =
                TagInput.reviewed("smudged", RoaringBitmap.bitmapOf(1, 2), RoaringBitmap.bitmapOf(1, 3), Double.NaN);
        ModelComparison comparison = ModelComparison.compute(
                data.dataset(), data.roles(), MetricsSettings.defaults(), List.of(hand), MODELS);
        PairedOutcomes tag = comparison.tags().get(0).paired();
        assertThat(tag.rows()).isEqualTo(1);
        assertThat(tag.fixed()).isEqualTo(1);
        assertThat(tag.fixedRows().toArray()).containsExactly(1);
        assertThat(comparison.overall().paired().brokenRows().toArray()).containsExactly(3);
    }

    @Test
    void refusesOneModelOrTwoOfOneName() throws IOException {
        LoadedData data = load();
        assertThatThrownBy(() -> ModelComparison.compute(
                        data.dataset(), data.roles(), MetricsSettings.defaults(), List.of(), MODELS.subList(0, 1)))
                .hasMessageStartingWith("a comparison needs two models or more");
        assertThatThrownBy(() -> ModelComparison.compute(
                        data.dataset(),
                        data.roles(),
                        MetricsSettings.defaults(),
                        List.of(),
                        List.of(Model.parse("v=p1"), Model.parse("v=p2"))))
                .hasMessage("two models are named \"v\"");
    }
}
