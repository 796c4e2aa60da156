package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.ReviewQueue;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.tags.TagSession;
import dev.errata.ui.review.MoreLikeThisChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tag's "More like this…" on 60 rows with snr = 0, 3, 6, … 177: the hand tag "loud" holds the first 20
 * (snr up to 57). All rows up to {@code reviewedRows} are reviewed but rows 1, 3 and 5: with all 60, 17
 * reviewed rows have the tag and 40 do not, the rule learnt is snr <= 57, and it holds the unreviewed rows
 * 1, 3 and 5.
 */
class MoreLikeThisWindowTest extends WindowTest {

    private Path project(int reviewedRows) throws Exception {
        return ProjectOnDisk.create(folder, "snr", csv(), session -> tagAndReview(session, reviewedRows));
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("id,label,prediction,snr\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 2)
                    .append(',')
                    .append(i % 3 == 0 ? 1 : 0)
                    .append(',')
                    .append(3 * i)
                    .append('\n');
        }
        return csv.toString();
    }

    private static void tagAndReview(TagSession session, int reviewedRows) {
        session.createTag(TagDefinition.hand("loud", "#e06c75"));
        session.setTag("loud", RoaringBitmap.bitmapOfRange(0, 20), true);
        session.setReviewed(RoaringBitmap.bitmapOfRange(0, reviewedRows), true);
        session.setReviewed(RoaringBitmap.bitmapOf(1, 3, 5), false);
    }

    private void chooseMoreLikeThis(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#tag-list .tag-name").tryQuery().isPresent());
        ListCell<?> first = robot.lookup("#tag-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == 0)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> first.getContextMenu().getItems().stream()
                .filter(item -> item.getText().equals("More like this…"))
                .findFirst()
                .map(MenuItem.class::cast)
                .orElseThrow()
                .fire());
    }

    @Test
    void makesTheRuleARuleTag(FxRobot robot) throws Exception {
        shown.open(robot, project(60));
        dialogs.moreLikeChoice = MoreLikeThisChoice.RULE_TAG;

        chooseMoreLikeThis(robot);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.workspace().state().session().tag("like loud").isPresent());

        TagDefinition made =
                window.workspace().state().session().tag("like loud").orElseThrow();
        assertThat(made.kind()).isEqualTo(TagKind.RULE);
        assertThat(made.rule()).isEqualTo("snr <= 57");
        assertThat(dialogs.moreLikeShown.get(0).members()).isEqualTo(17);
    }

    @Test
    void reviewsTheUnreviewedRowsItRanksFirst(FxRobot robot) throws Exception {
        shown.open(robot, project(60));
        dialogs.moreLikeChoice = MoreLikeThisChoice.REVIEW;

        chooseMoreLikeThis(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.moreLikeShown.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // rows 1, 3 and 5 are loud but not reviewed: the rule holds them
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#row-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactly(1, 3, 5);
        assertThat(robot.lookup("#row-subset").queryAs(Labeled.class).getText())
                .isEqualTo("3 unreviewed rows like \"loud\", likeliest first");
    }

    @Test
    void aRowReviewedFromItsRankingCountsAsPickedNotSampled(FxRobot robot) throws Exception {
        Path withQueue = ProjectOnDisk.create(folder, "snr", csv(), session -> {
            tagAndReview(session, 60);
            // a sampled queue of four rows, all reviewed: every other reviewed row was picked by hand
            session.setReviewQueue(new ReviewQueue(
                    1,
                    2,
                    2,
                    null,
                    List.of(
                            new ReviewQueue.Stratum("errors", true, 30, 2),
                            new ReviewQueue.Stratum("correct rows", false, 30, 2)),
                    List.of(10, 20, 30, 40),
                    false,
                    java.util.Map.of()));
        });
        shown.open(robot, withQueue);
        dialogs.moreLikeChoice = MoreLikeThisChoice.REVIEW;
        // 57 rows reviewed (all but 1, 3 and 5), 4 of them in the queue
        assertThat(picked()).isEqualTo(53);

        chooseMoreLikeThis(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.moreLikeShown.isEmpty());
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#row-table").query().isFocused());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().state().marks().reviewed().contains(1)).isTrue();
        assertThat(picked()).isEqualTo(54);
    }

    private long picked() {
        var state = window.workspace().state();
        return state.session()
                .reviewQueue()
                .orElseThrow()
                .progress(state.marks().reviewed(), state.snapshot().errorRows().errors())
                .picked();
    }

    @Test
    void tooFewReviewedRowsSaySo(FxRobot robot) throws Exception {
        shown.open(robot, project(16));

        chooseMoreLikeThis(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0))
                .isEqualTo(
                        "Could not learn a rule for \"loud\": more like this learns from at"
                                + " least 15 reviewed rows with the tag and some without it; the tag has 13 reviewed rows with it and 0 without");
    }
}
