package dev.errata.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class TagExamplesTest {

    /** A model's score as Python writes it has 16 digits; the report rounds it as the window does. Rows are named by their line. */
    @Test
    void examplesRoundNumbersAsTheWindowDoes() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "1", "0")
                .categorical("p", "1", "1")
                .numeric("s", 0.7466123456789012, 0.51)
                .numeric("balance", 103783.25, 7)
                .numeric("tiny", 1.23456e-7, 0)
                .build();
        ColumnRoles roles = new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, "1");
        TagExamples examples = new TagExamples(
                data, roles, ErrorRows.of(data, roles, MetricsSettings.defaults()), Annotations.empty());
        RoaringBitmap all = RoaringBitmap.bitmapOf(0, 1);

        ReportTable table = examples.of(new TagMembership(TagDefinition.hand("t", "#112233"), all, all), 2);

        assertThat(table.rows().get(0)).containsExactly("2", "right", "1", "1", "0.7466", "103783.25", "1.23E-7", "");
        assertThat(table.rows().get(1)).containsExactly("3", "error", "0", "1", "0.51", "7", "0", "");
    }
}
