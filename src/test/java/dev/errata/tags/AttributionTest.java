package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** Each review mark and hand tag records who set it, through undo, redo and a deleted tag. */
class AttributionTest {

    private final Dataset data = new DatasetBuilder("fixture")
            .categorical("id", "a", "b", "c", "d", "e")
            .idColumn("id")
            .build();
    private final TagSession session = new TagSession(data);

    @Test
    void aMarkIsTheAnalystsWhoSetItAndStaysTheirsWhenAnotherMarksMoreRows() {
        session.createTag(TagDefinition.hand("noise", "#ff0000"));
        session.setAnalyst("alice");
        session.setTag("noise", RoaringBitmap.bitmapOf(0, 1), true);
        session.setReviewed(RoaringBitmap.bitmapOf(0, 1), true);
        session.setAnalyst("  bob ");
        session.setTag("noise", RoaringBitmap.bitmapOf(1, 2), true);
        session.setReviewed(RoaringBitmap.bitmapOf(1, 2), true);

        assertThat(session.analyst()).isEqualTo("bob");
        assertThat(session.taggers("noise", 1)).containsExactly("alice");
        assertThat(session.taggers("noise", 2)).containsExactly("bob");
        assertThat(session.taggers("noise", 3)).isEmpty();
        assertThat(session.reviewers(0)).containsExactly("alice");
        assertThat(session.reviewers(2)).containsExactly("bob");
        Annotations saved = session.snapshot();
        assertThat(saved.reviewedBy()).containsOnlyKeys("alice", "bob");
        assertThat(saved.reviewedBy().get("alice").toArray()).containsExactly(0, 1);
        assertThat(saved.taggers("noise", 2)).containsExactly("bob");
    }

    @Test
    void undoingAnUntagGivesEachRowBackItsAnalysts() {
        Map<String, RoaringBitmap> byAnalyst = Map.of(
                "alice", RoaringBitmap.bitmapOf(0, 1),
                "bob", RoaringBitmap.bitmapOf(1, 2));
        TagSession merged = new TagSession(
                data,
                new Annotations(
                        List.of(TagDefinition.hand("noise", "#ff0000")),
                        Map.of("noise", RoaringBitmap.bitmapOf(0, 1, 2, 3)),
                        RoaringBitmap.bitmapOf(0, 1, 2, 3),
                        new TreeMap<>(),
                        null,
                        byAnalyst,
                        Map.of("noise", byAnalyst)));
        merged.setAnalyst("carol");

        merged.setTag("noise", RoaringBitmap.bitmapOf(0, 1, 2, 3, 4), false);
        merged.setReviewed(RoaringBitmap.bitmapOf(1, 3), false);
        assertThat(merged.rows("noise").isEmpty()).isTrue();
        assertThat(merged.taggers("noise", 1)).isEmpty();
        assertThat(merged.reviewers(1)).isEmpty();
        assertThat(merged.undoLabel()).contains("unmark 2 rows reviewed");

        merged.undo();
        merged.undo();
        assertThat(merged.rows("noise").toArray()).containsExactly(0, 1, 2, 3);
        assertThat(merged.taggers("noise", 1)).containsExactly("alice", "bob");
        assertThat(merged.taggers("noise", 2)).containsExactly("bob");
        assertThat(merged.taggers("noise", 3)).isEmpty();
        assertThat(merged.reviewers(1)).containsExactly("alice", "bob");
        assertThat(merged.reviewers(3)).isEmpty();
        assertThat(merged.canUndo()).isFalse();
    }

    @Test
    void aDeletedTagComesBackWithWhoTaggedItsRowsAndARenamedOneKeepsThem() {
        session.createTag(TagDefinition.hand("noise", "#ff0000"));
        session.setAnalyst("alice");
        session.setTag("noise", RoaringBitmap.bitmapOf(3), true);
        session.renameTag("noise", "hum");
        assertThat(session.taggers("hum", 3)).containsExactly("alice");

        session.deleteTag("hum");
        session.undo();
        assertThat(session.taggers("hum", 3)).containsExactly("alice");
    }

    @Test
    void aNameIsOneShortLine() {
        assertThatThrownBy(() -> session.setAnalyst(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an analyst's name cannot be blank");
        assertThatThrownBy(() -> session.setAnalyst("a\nb"))
                .hasMessage("an analyst's name is one line, without control characters");
        assertThatThrownBy(() -> session.setAnalyst("x".repeat(101)))
                .hasMessage("an analyst's name holds at most 100 characters, and this one has 101");
        assertThat(session.analyst()).isEqualTo(Analyst.SYSTEM);
    }
}
