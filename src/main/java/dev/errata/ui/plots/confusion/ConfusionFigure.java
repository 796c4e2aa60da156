package dev.errata.ui.plots.confusion;

import dev.errata.report.NumberText;
import dev.errata.ui.plots.figure.Figure;
import dev.errata.ui.plots.figure.Ink;
import dev.errata.ui.plots.figure.Mark;
import dev.errata.ui.plots.figure.Palette;
import java.util.ArrayList;
import java.util.List;

/**
 * The confusion matrix as a heat map: true classes down, predicted classes across, each cell its count and
 * its percentage, shaded by the percentage. Cells keep a readable size, so 50 classes scroll.
 */
final class ConfusionFigure {

    static final double CELL = 52;
    private static final double LABEL_WIDTH = 120;
    private static final double HEADER_HEIGHT = 48;
    private static final int LABEL_CHARS = 16;

    /** A cell of the matrix, as class indices. */
    record CellKey(int trueClass, int predictedClass) {
    }

    private ConfusionFigure() {
    }

    static double width(int classes) {
        return LABEL_WIDTH + classes * CELL + 12;
    }

    static double height(int classes) {
        return HEADER_HEIGHT + classes * CELL + 12;
    }

    static Figure draw(ConfusionViewModel model, double width, double height) {
        List<Integer> order = model.order();
        List<String> classes = model.matrix().classes();
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Text(LABEL_WIDTH, 14, "predicted →", Palette.MUTED, Mark.Anchor.START, 11, false));
        marks.add(new Mark.Text(4, HEADER_HEIGHT - 6, "label ↓", Palette.MUTED, Mark.Anchor.START, 11, false));
        for (int i = 0; i < order.size(); i++) {
            String name = shortened(classes.get(order.get(i)));
            marks.add(new Mark.Text(LABEL_WIDTH + i * CELL + CELL / 2, HEADER_HEIGHT - 6, shortened(name, 7), Palette.TEXT,
                    Mark.Anchor.MIDDLE, 11, true));
            marks.add(new Mark.Text(LABEL_WIDTH - 6, HEADER_HEIGHT + i * CELL + CELL / 2 + 4, name, Palette.TEXT,
                    Mark.Anchor.END, 11, true));
        }
        for (int r = 0; r < order.size(); r++) {
            for (int c = 0; c < order.size(); c++) {
                int trueClass = order.get(r);
                int predicted = order.get(c);
                double share = model.share(trueClass, predicted);
                Ink fill = Palette.heat(share);
                double x = LABEL_WIDTH + c * CELL;
                double y = HEADER_HEIGHT + r * CELL;
                marks.add(new Mark.Box(x, y, CELL, CELL, fill, trueClass == predicted ? Palette.CORRECT : Palette.GRID,
                        new CellKey(trueClass, predicted)));
                Ink text = Palette.onHeat(share);
                marks.add(new Mark.Text(x + CELL / 2, y + CELL / 2 - 2, NumberText.count(model.matrix().count(trueClass, predicted)),
                        text, Mark.Anchor.MIDDLE, 12, true));
                marks.add(new Mark.Text(x + CELL / 2, y + CELL / 2 + 13, NumberText.percent(share), text, Mark.Anchor.MIDDLE,
                        10, false));
            }
        }
        return new Figure(width, height, marks);
    }

    private static String shortened(String name) {
        return shortened(name, LABEL_CHARS);
    }

    /** Keeps both ends: class names often share a prefix and differ at the end ("class_07"). */
    private static String shortened(String name, int chars) {
        if (name.length() <= chars) {
            return name;
        }
        int head = (chars - 1) / 3;
        return name.substring(0, head) + "…" + name.substring(name.length() - (chars - 1 - head));
    }
}
