package dev.errata.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.TagMetrics;
import dev.errata.tags.ReviewQueue;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * By hand: "android" is rows 0, 1, 4, 7, 9 of 10, two of them errors (1, 9) of the four errors. Prevalence
 * 5/10, error share 2/4, error rate 2/5, accuracy 3/5; baseline 90% gives headroom 30% and gain 15%.
 */
class AnalysisViewModelTest {

    @TempDir
    Path folder;

    Opened opened;
    AnalysisViewModel analysis;

    @BeforeEach
    void open() throws Exception {
        opened = Opened.on(new SmallProject(folder).projectFile);
        analysis = opened.workspace().analysis();
        opened.workspace()
                .state()
                .edit(
                        "create",
                        session -> session.createTag(TagDefinition.rule("android", "#61afef", "device == \"android\"")
                                .withSettings(0.9, 2, 5, null)));
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    private TagMetrics metricsOf(String tag) {
        return analysis.tags().stream()
                .filter(r -> r.name().equals(tag))
                .findFirst()
                .orElseThrow()
                .metrics();
    }

    @Test
    void showsTheMetricsOfEveryTagAfterEachEdit() {
        TagMetrics android = metricsOf("android");
        assertThat(android.prevalence().value()).isEqualTo(0.5);
        assertThat(android.errorShare().value()).isEqualTo(0.5);
        assertThat(android.errorRate().value()).isEqualTo(0.4);
        assertThat(android.accuracy().value()).isEqualTo(0.6);
        assertThat(android.headroom().value()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(android.potentialGain().value()).isEqualTo(0.15, org.assertj.core.data.Offset.offset(1e-12));

        // hand tags are estimated from the reviewed rows: review rows 0–3 (errors 1 and 3 of 4, correct rows 0
        // and 2 of 6), tag rows 1 and 2: |T| ≈ 4·½ + 6·½ = 5, |T∩E| ≈ 2, so error rate 2/5, not the 1/2 of a count
        opened.workspace().state().edit("review", s -> s.setReviewed(RoaringBitmap.bitmapOfRange(0, 4), true));
        opened.workspace().rows().toggleTag("noisy", new int[] {1, 2});
        TagMetrics noisy = metricsOf("noisy");
        assertThat(noisy.prevalence().value()).isEqualTo(0.5);
        assertThat(noisy.errorShare().value()).isEqualTo(0.5);
        assertThat(noisy.errorRate().value()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void keepsEachTagsLineThroughEditsAndChangesOnlyTheNumbersThatMoved() {
        TagLine noisy = analysis.tags().stream()
                .filter(l -> l.name().equals("noisy"))
                .findFirst()
                .orElseThrow();
        TagLine android = analysis.tags().stream()
                .filter(l -> l.name().equals("android"))
                .findFirst()
                .orElseThrow();
        TagMetricsRow androidBefore = android.rowProperty().get();
        List<TagMetricsRow> noisyShown = new ArrayList<>();
        noisy.rowProperty().addListener((obs, old, now) -> noisyShown.add(now));

        opened.workspace().state().edit("review", s -> s.setReviewed(RoaringBitmap.bitmapOfRange(0, 4), true));
        opened.workspace().rows().toggleTag("noisy", new int[] {1, 2});

        assertThat(analysis.tags()).contains(noisy, android);
        assertThat(noisyShown)
                .last()
                .satisfies(row -> assertThat(row.metrics().count()).isEqualTo(2));
        // a rule tag counts every row, so reviewing and hand-tagging leave its numbers, and its line, as they were
        assertThat(android.rowProperty().get()).isSameAs(androidBefore);
    }

    @Test
    void ranksPrioritiesByPotentialGainWithUnsetBaselinesLast() {
        assertThat(analysis.priorities()).extracting(TagLine::name).containsExactly("android", "noisy");
        // only android has a baseline (and so a gain) and an ease: 2, as set above
        assertThat(analysis.placed()).singleElement().satisfies(point -> {
            assertThat(point.name()).isEqualTo("android");
            assertThat(point.ease()).isEqualTo(2);
            assertThat(point.gain().value()).isEqualTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
        });
    }

    @Test
    void pickingATagFiltersTheRowTable() {
        analysis.showRowsOf("android");
        assertThat(opened.workspace().rows().rows()).containsExactly(0, 1, 4, 7, 9);
    }

    /**
     * A queue of rows 1 (an error) and 0 (a correct row), then rows 1, 4 and 7 reviewed: 4 and 7 were picked
     * outside the queue. Counted, the hand tag "noisy" rests on 3 reviewed rows; left out, on row 1 alone.
     */
    @Test
    void saysHowManyRowsWereReviewedOutsideTheQueueAndLeavesThemOutOfTheEstimatesAsAnUndoableEdit() {
        TagSession session = opened.workspace().state().session();
        opened.workspace()
                .state()
                .edit(
                        "draw",
                        s -> s.setReviewQueue(new ReviewQueue(
                                1,
                                1,
                                1,
                                null,
                                List.of(
                                        new ReviewQueue.Stratum("errors", true, 4, 1),
                                        new ReviewQueue.Stratum("correct rows", false, 6, 1)),
                                List.of(1, 0),
                                false,
                                Map.of())));
        assertThat(analysis.pickedNoteProperty().get()).isEmpty();
        opened.workspace().state().edit("review", s -> s.setReviewed(RoaringBitmap.bitmapOf(1, 4), true));
        assertThat(analysis.pickedNoteProperty().get())
                .isEqualTo(
                        "1 row reviewed outside the queue count in the estimates; picked by hand, they may not represent their kind");
        opened.workspace().state().edit("review", s -> s.setReviewed(RoaringBitmap.bitmapOf(7), true));
        assertThat(analysis.pickedNoteProperty().get())
                .startsWith("2 rows reviewed outside the queue count in the estimates");
        assertThat(noisy().review().reviewedRows()).isEqualTo(3);

        analysis.excludePickedProperty().set(true);
        assertThat(session.reviewQueue().orElseThrow().excludePicked()).isTrue();
        assertThat(noisy().review().reviewedRows()).isEqualTo(1);
        assertThat(analysis.pickedNoteProperty().get())
                .isEqualTo(
                        "2 rows reviewed outside the queue are left out of the estimates; picked by hand, they may not represent their kind");

        opened.workspace().undo();
        assertThat(analysis.excludePickedProperty().get()).isFalse();
        assertThat(noisy().review().reviewedRows()).isEqualTo(3);
        assertThat(session.undoLabel()).hasValue("mark 1 row reviewed");
    }

    private TagMetrics noisy() {
        return opened.workspace().state().snapshot().tags().stream()
                .filter(t -> t.name().equals("noisy"))
                .findFirst()
                .orElseThrow();
    }
}
