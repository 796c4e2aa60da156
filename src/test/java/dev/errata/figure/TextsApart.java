package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** The check the figure tests share: no text of a figure touches another, and none leaves the figure. */
public final class TextsApart {

    private TextsApart() {}

    public static void assertIn(Figure figure) {
        List<String> texts = new ArrayList<>();
        List<Bounds> boxes = new ArrayList<>();
        for (Mark mark : figure.marks()) {
            if (mark instanceof Mark.Text text) {
                texts.add(text.text());
                boxes.add(text.box());
            } else if (mark instanceof Mark.UpText text) {
                texts.add(text.text());
                boxes.add(text.box());
            }
        }
        Bounds whole = new Bounds(0, 0, figure.width(), figure.height());
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(whole.contains(boxes.get(i)))
                    .as("inside the figure: %s", texts.get(i))
                    .isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("\"%s\" against \"%s\"", texts.get(i), texts.get(j))
                        .isFalse();
            }
        }
    }
}
