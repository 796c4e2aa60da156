package dev.errata.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.LoadedData;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class AnalysisWithoutTagTest {

    @Test
    void theKeptRowsKeepTheirIdsAndEveryOtherTagFollowsThem() {
        Dataset data = new DatasetBuilder("d")
                .categorical("id", "a", "b", "c", "d", "e")
                .categorical("y", "x", "x", "z", "z", "x")
                .categorical("p", "x", "z", "z", "x", "x")
                .numeric("n", 1, 2, 3, 4, 5)
                .idColumn("id")
                .build();
        ColumnRoles roles = new ColumnRoles("id", "y", "p", null, null, Task.BINARY, null);
        // "wrong" holds rows b and d; the hand tag "seen" holds rows c and e, reviewed on rows a, c, e
        TagMembership wrong = new TagMembership(
                TagDefinition.hand("wrong", "#000000"),
                RoaringBitmap.bitmapOf(1, 3),
                RoaringBitmap.bitmapOf(0, 1, 2, 3, 4));
        TagMembership seen = new TagMembership(
                TagDefinition.hand("seen", "#000000"), RoaringBitmap.bitmapOf(2, 4), RoaringBitmap.bitmapOf(0, 2, 4));
        Analysis all = Analysis.of(
                new LoadedData(data, roles, List.of()),
                List.of(wrong, seen),
                MetricsSettings.defaults(),
                Analysis.ProjectWork.NONE);

        Analysis clean = all.withoutTag("wrong");

        Dataset kept = clean.data().dataset();
        assertThat(kept.rowCount()).isEqualTo(3);
        assertThat(List.of(kept.rowId(0), kept.rowId(1), kept.rowId(2))).containsExactly("a", "c", "e");
        assertThat(kept.numeric("n").values()).containsExactly(1, 3, 5);
        assertThat(kept.lineOf(1)).isEqualTo(data.lineOf(2));
        assertThat(clean.memberships().get(1).rows().toArray()).containsExactly(1, 2);
        assertThat(clean.memberships().get(1).scope().toArray()).containsExactly(0, 1, 2);
        assertThat(clean.memberships().get(0).rows().isEmpty()).isTrue();
        // errors were rows b and d, both left out: the clean rows have none
        assertThat(clean.summarize().snapshot().errorRows().errorCount()).isZero();
        assertThat(clean.data().warnings()).containsExactly("left out the 2 rows of tag \"wrong\"");
    }
}
