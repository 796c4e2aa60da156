package dev.errata.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.checks.ChecksViewModel.CheckRow;
import dev.errata.ui.checks.ChecksViewModel.Verdict;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * By hand from {@link SmallProject}: accuracy 6/10; error rate by device: android 2/5, ios 1/3, web 1/2, so
 * the gap is 1/2 − 1/3.
 */
class ChecksViewModelTest {

    @TempDir
    Path folder;

    private static void write(ChecksViewModel checks, String text) {
        checks.newCheck().textProperty().set(text);
        checks.add();
    }

    @Test
    void addsChecksWithTheirValueAndVerdictMarksTheProjectChangedAndSavesThem() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = opened.workspace();
            ChecksViewModel checks = workspace.checks();
            assertThat(checks.rows()).isEmpty();

            write(checks, "accuracy >= 0.5");
            write(checks, "error_rate <= 40% on column device = \"web\"");
            write(checks, "error_rate gap over column device <= 0.1");

            assertThat(checks.rows())
                    .containsExactly(
                            new CheckRow("accuracy >= 0.5", "0.6000", Verdict.PASS),
                            new CheckRow("error_rate <= 40% on column device = \"web\"", "0.5000", Verdict.FAIL),
                            new CheckRow("error_rate gap over column device <= 0.1", "0.1667", Verdict.FAIL));
            assertThat(checks.summaryProperty().get()).isEqualTo("1 of 3 checks pass");
            assertThat(checks.newCheck().textProperty().get()).isEmpty();
            assertThat(opened.window.titleProperty().get()).isEqualTo("• small — Errata");

            checks.remove(1);
            assertThat(checks.rows())
                    .extracting(CheckRow::text)
                    .containsExactly("accuracy >= 0.5", "error_rate gap over column device <= 0.1");
            workspace.save(() -> {});
            assertThat(opened.window.titleProperty().get()).isEqualTo("small — Errata");
        }
        try (Opened again = Opened.on(small.projectFile)) {
            assertThat(again.workspace().checks().rows())
                    .extracting(CheckRow::verdict)
                    .containsExactly(Verdict.PASS, Verdict.FAIL);
        }
    }

    @Test
    void evaluatesAgainAfterEveryTagEdit() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = opened.workspace();
            ChecksViewModel checks = workspace.checks();
            write(checks, "errors >= 1 on tag \"noisy\"");
            assertThat(checks.rows())
                    .singleElement()
                    .extracting(CheckRow::verdict)
                    .isEqualTo(Verdict.FAIL);

            workspace.state().edit("review", s -> s.setReviewed(RoaringBitmap.bitmapOf(1), true));
            workspace.state().edit("tag", s -> s.setTag("noisy", RoaringBitmap.bitmapOf(1), true));

            assertThat(checks.rows()).containsExactly(new CheckRow("errors >= 1 on tag \"noisy\"", "1", Verdict.PASS));
            workspace.undo();
            assertThat(checks.rows())
                    .singleElement()
                    .extracting(CheckRow::verdict)
                    .isEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void marksTheBadPartOfANewCheckAndDoesNotAddIt() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            ChecksViewModel checks = opened.workspace().checks();
            write(checks, "acuracy >= 0.9");

            assertThat(checks.newCheck().problemOffsetProperty().get()).isZero();
            assertThat(checks.newCheck().problemLengthProperty().get()).isEqualTo(7);
            assertThat(checks.newCheck().problemProperty().get()).startsWith("unknown metric \"acuracy\"");
            assertThat(checks.rows()).isEmpty();
            assertThat(opened.window.titleProperty().get()).isEqualTo("small — Errata");
        }
    }
}
