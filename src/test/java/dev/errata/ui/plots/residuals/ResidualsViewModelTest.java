package dev.errata.ui.plots.residuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.ui.Opened;
import dev.errata.ui.plots.RegressionProject;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The band's tolerance becomes the project's, dragged or typed. Residuals of {@link RegressionProject}: 1, −2,
 * 0, 3, −2, −1, 4, 0, −5, 3; the default tolerance, their 80th percentile, is 3.2.
 */
class ResidualsViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aDraggedBandFollowsThePointerAndSetsTheToleranceWhenDropped() throws Exception {
        try (Opened opened = Opened.on(new RegressionProject(folder).projectFile)) {
            Workspace workspace = opened.workspace();
            ResidualsViewModel model = new ResidualsViewModel(workspace.plots());
            assertThat(model.bandProperty().get()).isCloseTo(3.2, within(1e-12));
            assertThat(model.byDefaultProperty().get()).isTrue();

            model.dragBandTo(-2.4567);

            assertThat(model.bandProperty().get())
                    .as("|residual| in three digits")
                    .isEqualTo(2.46);
            assertThat(workspace.state().project().settings().tolerance())
                    .as("not before the drop")
                    .isNull();
            model.dropBand();

            assertThat(workspace.state().project().settings().tolerance()).isEqualTo(2.46);
            assertThat(model.plotsProperty().get().tolerance()).isEqualTo(2.46);
            assertThat(model.bandProperty().get()).isEqualTo(2.46);
            assertThat(model.byDefaultProperty().get()).isFalse();
            assertThat(RegressionProject.errorsAbove(2.46).toArray()).containsExactly(3, 6, 8, 9);
            assertThat(workspace.state().snapshot().errorRows().errors())
                    .isEqualTo(RegressionProject.errorsAbove(2.46));
            assertThat(workspace.state().isChanged()).isTrue();
        }
    }

    @Test
    void aTypedToleranceIsSetAndTheDefaultComesBack() throws Exception {
        try (Opened opened = Opened.on(new RegressionProject(folder).projectFile)) {
            Workspace workspace = opened.workspace();
            ResidualsViewModel model = new ResidualsViewModel(workspace.plots());

            assertThat(model.setTolerance("many")).isFalse();
            assertThat(model.setTolerance("-1")).isFalse();
            assertThat(model.setTolerance("Infinity")).isFalse();
            assertThat(workspace.state().isChanged()).isFalse();
            assertThat(model.setTolerance(" 1.5 ")).isTrue();

            assertThat(workspace.state().snapshot().errorRows().errors()).isEqualTo(RegressionProject.errorsAbove(1.5));
            assertThat(workspace.state().snapshot().errorRows().errorCount()).isEqualTo(6);
            assertThat(model.bandProperty().get()).isEqualTo(1.5);

            model.useDefaultTolerance();

            assertThat(workspace.state().project().settings().tolerance()).isNull();
            assertThat(model.bandProperty().get()).isCloseTo(3.2, within(1e-12));
            assertThat(model.byDefaultProperty().get()).isTrue();
            assertThat(workspace.state().snapshot().errorRows().errorCount()).isEqualTo(2);
        }
    }

    @Test
    void theFieldShowsSixSignificantDigitsWithoutTrailingZeros() {
        assertThat(ResidualsViewModel.toleranceText(75000.0)).isEqualTo("75000");
        assertThat(ResidualsViewModel.toleranceText(3.2)).isEqualTo("3.2");
        assertThat(ResidualsViewModel.toleranceText(2.0 / 3)).isEqualTo("0.666667");
        assertThat(ResidualsViewModel.toleranceText(0)).isEqualTo("0");
    }
}
