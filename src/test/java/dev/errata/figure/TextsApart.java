package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The check the figure tests share: no text of a figure touches another, and none leaves the figure. */
public final class TextsApart {

    private TextsApart() {
    }

    public static void assertIn(Figure figure) {
        List<Mark.Text> texts = figure.marks().stream().filter(m -> m instanceof Mark.Text).map(Mark.Text.class::cast).toList();
        List<Bounds> boxes = texts.stream().map(Mark.Text::box).toList();
        Bounds whole = new Bounds(0, 0, figure.width(), figure.height());
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(whole.contains(boxes.get(i))).as("inside the figure: %s", texts.get(i).text()).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("\"%s\" against \"%s\"", texts.get(i).text(), texts.get(j).text())
                        .isFalse();
            }
        }
    }
}
