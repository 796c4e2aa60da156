package dev.errata.figure;

import dev.errata.ui.Opened;
import dev.errata.ui.plots.ManyClassesProject;
import dev.errata.ui.plots.slices.SliceResult;
import dev.errata.ui.plots.slices.SlicesViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlicesFigureTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(doubles = {300, 520, 900})
    void longSliceNamesAndRatesKeepApartAtAnyWidth(double width) throws Exception {
        try (Opened opened = Opened.on(new ManyClassesProject(folder).projectFile)) {
            SlicesViewModel model = new SlicesViewModel(opened.workspace().plots());
            model.columnProperty().set("segment");
            SliceResult result = model.resultProperty().get();

            Figure figure = SlicesFigure.draw(
                    "segment",
                    result.slices(),
                    result.overall(),
                    width,
                    SlicesFigure.height(result.slices().size()));
            TextsApart.assertIn(figure);
            FigureBounds.assertInside(figure);
        }
    }
}
