package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.ConfusionMatrix;
import dev.errata.ui.Opened;
import dev.errata.ui.plots.ManyClassesProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusionFigureTest {

    @Test
    void fiftyLongClassNamesAreShortenedApartAndWholeOnHover(@TempDir Path folder) throws Exception {
        int classes = ManyClassesProject.CLASSES;
        Figure figure;
        try (Opened opened = Opened.on(new ManyClassesProject(folder).projectFile)) {
            ConfusionMatrix matrix = opened.workspace().plots().snapshot().classification().confusion();
            figure = ConfusionFigure.draw(matrix, matrix.rowNormalised(), ConfusionFigure.width(classes),
                    ConfusionFigure.height(classes));
        }

        TextsApart.assertIn(figure);
        Mark.Text header = figure.marks().stream().filter(m -> m instanceof Mark.Text t && t.text().contains("…"))
                .map(Mark.Text.class::cast).findFirst().orElseThrow();
        assertThat(header.text()).startsWith("p").endsWith("_00");
        assertThat(figure.hintAt(header.x(), header.y() - 4)).contains("product_category_00");
    }
}
