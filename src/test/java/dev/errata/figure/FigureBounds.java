package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

/** The check that nothing of a figure is cut off: every box, line and text lies inside the figure. */
public final class FigureBounds {

    private FigureBounds() {}

    public static void assertInside(Figure figure) {
        Bounds whole = new Bounds(0, 0, figure.width(), figure.height());
        for (Mark mark : figure.marks()) {
            if (mark instanceof Mark.Box box) {
                assertThat(whole.contains(new Bounds(box.x(), box.y(), box.width(), box.height())))
                        .as("box %s", box)
                        .isTrue();
            } else if (mark instanceof Mark.Line line) {
                for (int i = 0; i < line.xs().length; i++) {
                    assertThat(whole.contains(line.xs()[i], line.ys()[i]))
                            .as("line point %d of %s", i, line)
                            .isTrue();
                }
            } else if (mark instanceof Mark.Text text) {
                assertThat(whole.contains(text.box()))
                        .as("text %s", text.text())
                        .isTrue();
            } else if (mark instanceof Mark.UpText text) {
                assertThat(whole.contains(text.box()))
                        .as("text %s", text.text())
                        .isTrue();
            }
        }
    }
}
