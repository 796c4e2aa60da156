package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.ConfusionMatrix;
import dev.errata.ui.Opened;
import dev.errata.ui.plots.ManyClassesProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusionFigureTest {

    @Test
    void fiftyLongClassNamesStandWholeUpTheColumnsAndDownTheRowsShortenedApartWholeOnHover(@TempDir Path folder)
            throws Exception {
        int classes = ManyClassesProject.CLASSES;
        Figure figure;
        try (Opened opened = Opened.on(new ManyClassesProject(folder).projectFile)) {
            ConfusionMatrix matrix =
                    opened.workspace().plots().snapshot().classification().confusion();
            figure = ConfusionFigure.draw(
                    matrix,
                    matrix.classesInOrder(),
                    matrix.rowNormalised(),
                    ConfusionFigure.width(matrix.classes()),
                    ConfusionFigure.height(matrix.classes()));
        }

        TextsApart.assertIn(figure);
        FigureBounds.assertInside(figure);
        // each column's header reads upwards with the whole class name, not "p…_00" cut to the cell's width
        List<String> headers = figure.marks().stream()
                .filter(m -> m instanceof Mark.UpText)
                .map(m -> ((Mark.UpText) m).text())
                .toList();
        assertThat(headers).hasSize(classes).contains("product_category_00", "product_category_49");
        Mark.Text rowLabel = figure.marks().stream()
                .filter(m -> m instanceof Mark.Text t && t.text().contains("…"))
                .map(Mark.Text.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(rowLabel.text()).startsWith("p").endsWith("_00");
        assertThat(figure.hintAt(rowLabel.x() - 4, rowLabel.y() - 4)).contains("product_category_00");
    }
}
