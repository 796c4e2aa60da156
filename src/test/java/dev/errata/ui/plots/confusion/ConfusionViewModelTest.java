package dev.errata.ui.plots.confusion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.table.RowList;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertThat(IntStream.range(0, rows.size()).map(i -> rows.rowAt(i) + 1)).containsExactly(4, 7, 2, 10);
            opened.workspace().rows().subsetProperty().set(null);
            assertThat(rows.size()).isEqualTo(10);
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
}
