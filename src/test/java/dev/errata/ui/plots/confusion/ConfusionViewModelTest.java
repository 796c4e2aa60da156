package dev.errata.ui.plots.confusion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.metrics.ClassMetrics;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.table.RowList;
import dev.errata.workbench.LabelErrorsReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class ConfusionViewModelTest {

    @TempDir
    Path folder;

    /**
     * The errors of {@link SmallProject} and the confidence of what was predicted: id 2 said 0 at score .4
     * (.6 sure), 4 said 1 at .7, 7 said 0 at .3 (.7 sure), 10 said 1 at .6. Most confident first, ties in
     * file order: 4, 7, 2, 10; the table keeps that order until sorted, and the chip clears it.
     */
    @Test
    void theConfidentMistakesFillTheTableMostConfidentFirst() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            ConfusionViewModel model = new ConfusionViewModel(opened.workspace().plots());

            model.showConfidentMistakes();

            RowList rows = opened.workspace().rows().rows();
            assertThat(IntStream.range(0, rows.size()).map(i -> rows.rowAt(i) + 1))
                    .containsExactly(4, 7, 2, 10);
            opened.workspace().rows().subsetProperty().set(null);
            assertThat(rows.size()).isEqualTo(10);
        }
    }

    /**
     * Labels b ×3, c ×2, a ×1: the matrix lists a, b, c as scikit-learn's confusion_matrix does
     * (unique_labels(['b','b','b','c','c','a'], ['b','c','b','c','a','a']) = ['a' 'b' 'c']) and as the JSON and
     * the reports do; by support only when asked: b, c, a.
     */
    @Test
    void classesGoInLabelOrderUnlessTheUserAsksForSupport() throws Exception {
        Path data = folder.resolve("abc.csv");
        Files.writeString(data, "id,label,prediction\n1,b,b\n2,b,c\n3,b,b\n4,c,c\n5,c,a\n6,a,a\n");
        Path project = folder.resolve("abc.errata.json");
        new ProjectOpener()
                .create(project, ImportRequest.of(data), Progress.NONE)
                .close();
        try (Opened opened = Opened.on(project)) {
            ConfusionViewModel model = new ConfusionViewModel(opened.workspace().plots());

            assertThat(model.matrix().classes()).containsExactly("a", "b", "c");
            assertThat(model.order()).containsExactly(0, 1, 2);
            assertThat(model.perClass()).extracting(ClassMetrics::name).containsExactly("a", "b", "c");
            model.orderingProperty().set(ConfusionViewModel.Ordering.SUPPORT);
            assertThat(model.order()).containsExactly(1, 2, 0);
        }
    }

    /** Labels: five 1s and five 0s, so the order keeps class order; row shares of label 1: 2 of 5 predicted 0. */
    @Test
    void classesGoBySupportAndCellsShareTheirRow() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            ConfusionViewModel model = new ConfusionViewModel(opened.workspace().plots());

            assertThat(model.order()).containsExactly(0, 1);
            assertThat(model.shares().get(1).get(0)).isEqualTo(0.4);
            model.shareProperty().set(ConfusionViewModel.Share.COLUMN);
            // predicted 0: ids 2, 3, 6, 7, 8, of which 2 and 7 are labelled 1
            assertThat(model.shares().get(1).get(0)).isEqualTo(0.4);
            assertThat(model.shares().get(0).get(0)).isEqualTo(0.6);
        }
    }

    /**
     * The handwritten digits of the verification data, whose numbers scikit-learn computed (expected.json):
     * accuracy 0.96218, roc_auc_score(multi_class="ovr") 0.99896 macro and 0.99897 weighted, the Brier score
     * summed over classes 0.06440 and log loss 0.14999. The tab shows them rounded as the reports do.
     */
    @Test
    void theOverallLineHoldsAccuracyOneVsRestAucAndTheBrierScoreOfAMulticlassTask() throws Exception {
        Path data = folder.resolve("digits.csv");
        Files.copy(Path.of("docs/verification/data/digits/digits_predictions.csv"), data);
        Path project = folder.resolve("digits.errata.json");
        new ProjectOpener()
                .create(project, ImportRequest.of(data), Progress.NONE)
                .close();
        try (Opened opened = Opened.on(project)) {
            String overall = new ConfusionViewModel(opened.workspace().plots()).overall();

            assertThat(overall)
                    .contains("accuracy 0.9622")
                    .contains("ROC AUC (one vs rest, macro) 0.999")
                    .contains("ROC AUC (one vs rest, weighted) 0.999")
                    .contains("log loss 0.15")
                    .contains("Brier score (Σ over classes) 0.0644");
        }
    }

    /**
     * The small project's errors are ids 2, 4, 7 and 10 (rows 1, 3, 6, 9). With ids 2 and 4 confirmed as label
     * errors, 8 rows are left, of which ids 7 and 10 are wrong: accuracy 6 / 8 = 0.75 on clean labels, as
     * `errata metrics --exclude-tag "possible label error"` gives it.
     */
    @Test
    void theConfirmedLabelErrorsCanBeLeftOutOfTheOverallMetrics() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            var workspace = opened.workspace();
            ConfusionViewModel model = new ConfusionViewModel(workspace.plots());
            assertThat(model.confirmedCountProperty().get()).isZero();

            workspace.state().edit("confirm", session -> {
                LabelErrorsReview.prepare(session);
                session.setTag(LabelErrorsReview.TAG, RoaringBitmap.bitmapOf(1, 3), true);
            });
            assertThat(model.confirmedCountProperty().get()).isEqualTo(2);
            assertThat(model.cleanLineProperty().get()).isEmpty();
            model.cleanLabelsProperty().set(true);

            assertThat(model.cleanLineProperty().get())
                    .startsWith("On clean labels, 2 confirmed label errors left out: accuracy 0.75");
            assertThat(model.overall()).startsWith("accuracy 0.6");
        }
    }
}
