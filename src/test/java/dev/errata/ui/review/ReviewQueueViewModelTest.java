package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.ReviewQueue;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.workspace.Workspace;
import dev.errata.workbench.rows.SortKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the small project: errors are rows 1, 3, 6 and 9 (ids 2, 4, 7, 10), the other six rows are correct. A
 * draw of 2 errors and 3 correct rows queues five rows, two of them errors, in the order correct, error,
 * correct, error, correct.
 */
class ReviewQueueViewModelTest {

    private static final Set<Integer> ERRORS = Set.of(1, 3, 6, 9);

    @TempDir
    Path folder;

    Opened opened;
    Workspace workspace;
    ReviewQueueViewModel queue;
    final List<SampleDrawViewModel> forms = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        opened = Opened.on(new SmallProject(folder).projectFile);
        workspace = opened.workspace();
        queue = workspace.queue();
        opened.dialogs.sampleDraw = form -> {
            forms.add(form);
            form.errorsProperty().set("2");
            form.correctProperty().set("3");
            form.seedProperty().set(Integer.toString(6 + forms.size()));
            return true;
        };
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    private ReviewQueue drawn() {
        return workspace.state().session().reviewQueue().orElseThrow();
    }

    @Test
    void drawsTheSampleTheFormAsksForAsOneUndoableEdit() {
        queue.drawSample();

        SampleDrawViewModel form = forms.get(0);
        assertThat(form.available()).isEqualTo("The data has 4 errors and 6 correct rows.");
        assertThat(form.strataColumns()).containsExactly("device");
        assertThat(form.replaces()).isEmpty();
        ReviewQueue drawn = drawn();
        assertThat(drawn.seed()).isEqualTo(7);
        assertThat(drawn.rows()).hasSize(5).doesNotHaveDuplicates();
        assertThat(drawn.rows().stream().filter(ERRORS::contains)).hasSize(2);
        assertThat(queue.progressProperty().get()).isEqualTo("queue: reviewed 0 of 2 errors, 0 of 3 correct rows");
        assertThat(workspace.statusProperty().get())
                .isEqualTo(
                        "10 rows · 4 errors · reviewed 0 of 4 errors · queue: reviewed 0 of 2 errors, 0 of 3 correct rows"
                                + " · threshold 0.50 · unsaved changes");
        assertThat(queue.presentProperty().get()).isTrue();

        // seed 8 this time
        queue.drawSample();
        assertThat(forms.get(1).replaces()).hasValue("This replaces the review queue of 5 rows; Undo brings it back.");

        workspace.undo();
        assertThat(drawn()).isEqualTo(drawn);
        workspace.undo();
        assertThat(workspace.state().session().reviewQueue()).isEmpty();
        assertThat(queue.progressProperty().get()).isEmpty();
        assertThat(queue.presentProperty().get()).isFalse();
    }

    /** Each analyst walks their share, the shared row first; the lead, not named, walks the whole queue. */
    @Test
    void aQueueSplitInTheFormIsWalkedByEachAnalystInTheirShare() {
        opened.dialogs.sampleDraw = form -> {
            forms.add(form);
            form.errorsProperty().set("2");
            form.correctProperty().set("3");
            form.seedProperty().set("7");
            form.analystsProperty().set("alice, bob");
            form.overlapProperty().set("1");
            return true;
        };
        queue.drawSample();
        ReviewQueue drawn = drawn();
        List<Integer> alice = drawn.rowsFor("alice");
        List<Integer> bob = drawn.rowsFor("bob");
        // five rows, one shared: two of their own each, after the shared one
        assertThat(alice).hasSize(3);
        assertThat(bob).hasSize(3);
        assertThat(alice.get(0)).isEqualTo(bob.get(0));
        assertThat(alice.subList(1, 3)).doesNotContainAnyElementsOf(bob);

        workspace.state().session().setAnalyst("bob");
        queue.walk();
        assertThat(workspace.rows().rows()).containsExactlyElementsOf(bob);
        assertThat(workspace.rows().subsetProperty().get().description())
                .isEqualTo("review queue, bob's share: 3 rows in review order, seed 7");
        workspace.review().markReviewed(new int[0], true);
        queue.walk();
        assertThat(workspace.review().currentRow()).isEqualTo(bob.get(1));

        workspace.state().session().setAnalyst("lead");
        queue.walk();
        assertThat(workspace.rows().rows()).containsExactlyElementsOf(drawn.rows());
    }

    @Test
    void aCancelledFormDrawsNothing() {
        opened.dialogs.sampleDraw = form -> false;
        queue.drawSample();
        assertThat(workspace.state().session().reviewQueue()).isEmpty();
        assertThat(workspace.state().session().canUndo()).isFalse();
    }

    @Test
    void walksTheQueueInReviewOrderFromTheFirstRowNotReviewedAndCountsEachR() {
        queue.drawSample();
        List<Integer> order = drawn().rows();
        // each kind spread evenly along the queue: correct rows at 1/6, 3/6, 5/6 of it, errors at 1/4 and 3/4
        assertThat(order.stream().map(ERRORS::contains)).containsExactly(false, true, false, true, false);
        workspace.rows().errorsOnlyProperty().set(true);
        workspace.rows().sortProperty().set(SortKey.column("score", true));

        queue.walk();
        assertThat(workspace.rows().rows()).containsExactlyElementsOf(order);
        assertThat(workspace.rows().errorsOnlyProperty().get()).isFalse();
        assertThat(workspace.rows().sortProperty().get()).isNull();
        ReviewViewModel review = workspace.review();
        assertThat(review.currentRow()).isEqualTo(order.get(0));

        review.markReviewed(new int[0], true);
        review.next();
        assertThat(review.currentRow()).isEqualTo(order.get(1));
        review.markReviewed(new int[0], true);
        assertThat(queue.progressProperty().get()).isEqualTo("queue: reviewed 1 of 2 errors, 1 of 3 correct rows");

        // a walk started again goes on from the third row, the first not reviewed
        workspace.rows().subsetProperty().set(null);
        queue.walk();
        assertThat(review.currentRow()).isEqualTo(order.get(2));

        // undone back to no queue, the walk ends and every row shows again
        workspace.undo();
        workspace.undo();
        workspace.undo();
        assertThat(workspace.rows().subsetProperty().get()).isNull();
        assertThat(workspace.rows().rows()).hasSize(10);
    }
}
