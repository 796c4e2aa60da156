package dev.errata.figure;

import dev.errata.metrics.ConfusionMatrix;
import dev.errata.report.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The confusion matrix as a heat map: true classes down, predicted classes across, each cell its count and
 * its percentage, shaded by the percentage. Cells keep a readable size, so 50 classes scroll; names and
 * counts too wide for them are shortened, whole on hover.
 */
public final class ConfusionFigure {

    static final double CELL = 52;
    private static final double LABEL_WIDTH = 120;
    /** Above the headers: the line "predicted →". */
    private static final double TITLE_HEIGHT = 22;
    /** The longest a column's header grows upwards before it is shortened. */
    private static final double LONGEST_HEADER = 160;

    private static final double HEADER_SIZE = 11;

    /** A cell of the matrix, as class indices. */
    public record CellKey(int trueClass, int predictedClass) {}

    private ConfusionFigure() {}

    public static double width(List<String> classes) {
        return LABEL_WIDTH + classes.size() * CELL + 12;
    }

    public static double height(List<String> classes) {
        return headerHeight(classes) + classes.size() * CELL + 12;
    }

    /** Room for the column headers, which read upwards so a long class name stays whole above a narrow cell. */
    private static double headerHeight(List<String> classes) {
        double longest = classes.stream()
                .mapToDouble(name -> TextWidth.of(name, HEADER_SIZE, true))
                .max()
                .orElse(0);
        return TITLE_HEIGHT
                + Math.max(
                        TextWidth.of(FigureText.text("confusion.label"), HEADER_SIZE, false),
                        Math.min(LONGEST_HEADER, longest))
                + 8;
    }

    /**
     * @param order the class indices in the order of the rows and columns, {@link ConfusionMatrix#classesInOrder()}
     *              unless the user chose another
     * @param shares per true class and predicted class the share the cell is shaded by: of its row or of its
     *               column ({@link ConfusionMatrix#rowNormalised()}, {@link ConfusionMatrix#columnNormalised()})
     */
    public static Figure draw(
            ConfusionMatrix matrix, List<Integer> order, List<List<Double>> shares, double width, double height) {
        List<String> classes = matrix.classes();
        double header = headerHeight(classes);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Text(
                LABEL_WIDTH, 14, FigureText.text("confusion.predicted"), Palette.MUTED, Mark.Anchor.START, 11, false));
        marks.add(new Mark.Text(
                4, header - 6, FigureText.text("confusion.label"), Palette.MUTED, Mark.Anchor.START, 11, false));
        for (int i = 0; i < order.size(); i++) {
            String name = classes.get(order.get(i));
            // the letters' middle on the column's middle: they reach left of the baseline by their ascent
            double baseline =
                    LABEL_WIDTH + i * CELL + CELL / 2 + (TextWidth.ASCENT - TextWidth.DESCENT) * HEADER_SIZE / 2;
            marks.addAll(new Mark.UpText(baseline, header - 4, name, Palette.TEXT, HEADER_SIZE, true)
                    .fitted(LONGEST_HEADER));
            marks.addAll(new Mark.Text(
                            LABEL_WIDTH - 6,
                            header + i * CELL + CELL / 2 + 4,
                            name,
                            Palette.TEXT,
                            Mark.Anchor.END,
                            11,
                            true)
                    .fitted(LABEL_WIDTH - 10));
        }
        for (int r = 0; r < order.size(); r++) {
            for (int c = 0; c < order.size(); c++) {
                int trueClass = order.get(r);
                int predicted = order.get(c);
                double share = shares.get(trueClass).get(predicted);
                double x = LABEL_WIDTH + c * CELL;
                double y = header + r * CELL;
                marks.add(new Mark.Box(
                        x,
                        y,
                        CELL,
                        CELL,
                        Palette.heat(share),
                        trueClass == predicted ? Palette.CORRECT : Palette.GRID,
                        new CellKey(trueClass, predicted)));
                Ink text = Palette.onHeat(share);
                marks.addAll(count(x + CELL / 2, y + CELL / 2 - 2, matrix.count(trueClass, predicted), text));
                marks.add(new Mark.Text(
                        x + CELL / 2,
                        y + CELL / 2 + 13,
                        NumberText.percent(share),
                        text,
                        Mark.Anchor.MIDDLE,
                        10,
                        false));
            }
        }
        return new Figure(width, height, marks);
    }

    /** A count as it fits the cell: "12,345", or "123k" and "1.2M" with the whole count on hover. */
    private static List<Mark> count(double x, double y, long count, Ink color) {
        Mark.Text whole = new Mark.Text(x, y, NumberText.count(count), color, Mark.Anchor.MIDDLE, 12, true);
        if (whole.box().width() <= CELL - 2) {
            return List.of(whole);
        }
        Mark.Text rounded = new Mark.Text(x, y, rounded(count), color, Mark.Anchor.MIDDLE, 12, true);
        return List.of(rounded, new Mark.Hint(rounded.box(), whole.text()));
    }

    private static String rounded(long count) {
        double thousands = count / 1000.0;
        if (thousands < 999.5) {
            return String.format(Locale.ROOT, thousands < 9.95 ? "%.1fk" : "%.0fk", thousands);
        }
        double millions = thousands / 1000;
        return String.format(Locale.ROOT, millions < 9.95 ? "%.1fM" : "%.0fM", millions);
    }
}
