package dev.errata.figure;

import java.util.List;

/**
 * One thing drawn on a figure, in pixels from the top left. The same marks are painted on a canvas and
 * written as SVG, so the saved file shows what the window shows.
 */
public sealed interface Mark permits Mark.Box, Mark.Line, Mark.Text, Mark.UpText, Mark.Raster, Mark.Hint {

    /**
     * A rectangle; a click inside it reports its key.
     *
     * @param fill null for none
     * @param stroke null for none
     * @param key what a click on it means to the view (e.g. a confusion cell); null when it is not clickable
     */
    record Box(double x, double y, double width, double height, Ink fill, Ink stroke, Object key) implements Mark {
        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** A polyline through the points. */
    record Line(double[] xs, double[] ys, Ink stroke, double width, boolean dashed) implements Mark {
        public static Line of(double x1, double y1, double x2, double y2, Ink stroke, double width, boolean dashed) {
            return new Line(new double[] {x1, x2}, new double[] {y1, y2}, stroke, width, dashed);
        }
    }

    enum Anchor {
        START,
        MIDDLE,
        END
    }

    /** Text whose baseline starts, centres or ends at (x, y). */
    record Text(double x, double y, String text, Ink color, Anchor anchor, double size, boolean bold) implements Mark {

        public static Text of(double x, double y, String text, Anchor anchor) {
            return new Text(x, y, text, Palette.TEXT, anchor, 11, false);
        }

        /** Where the text lands, by its estimated width, from the top of its tallest letter to its lowest. */
        public Bounds box() {
            double width = TextWidth.of(text, size, bold);
            double left = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
            return new Bounds(left, y - TextWidth.ASCENT * size, width, (TextWidth.ASCENT + TextWidth.DESCENT) * size);
        }

        /** This text, shortened with "…" to a width if it is wider, with a hint holding it whole. */
        public List<Mark> fitted(double maxWidth) {
            String shown = TextWidth.shortened(text, maxWidth, size, bold);
            if (shown.equals(text)) {
                return List.of(this);
            }
            Text shortened = new Text(x, y, shown, color, anchor, size, bold);
            return List.of(shortened, new Hint(shortened.box(), text));
        }
    }

    /**
     * Text read from the bottom up, its baseline starting at (x, y): a column's header that keeps a long name
     * whole above a narrow column.
     */
    record UpText(double x, double y, String text, Ink color, double size, boolean bold) implements Mark {

        /** Where the text lands: its length runs up from y, its letters reach left of x by their ascent. */
        public Bounds box() {
            double length = TextWidth.of(text, size, bold);
            return new Bounds(
                    x - TextWidth.ASCENT * size, y - length, (TextWidth.ASCENT + TextWidth.DESCENT) * size, length);
        }

        /** This text, shortened with "…" to a length if it is longer, with a hint holding it whole. */
        public List<Mark> fitted(double maxLength) {
            String shown = TextWidth.shortened(text, maxLength, size, bold);
            if (shown.equals(text)) {
                return List.of(this);
            }
            UpText shortened = new UpText(x, y, shown, color, size, bold);
            return List.of(shortened, new Hint(shortened.box(), text));
        }
    }

    /**
     * An image of cells stretched over a rectangle, first line at the top, each cell a heat level (NaN:
     * clear); a click inside it reports the {@link Cell} under the pointer with the key.
     *
     * @param levels per cell its heat level, line by line from the top
     */
    record Raster(double x, double y, double width, double height, int columns, int lines, double[] levels, Object key)
            implements Mark {
        Cell cellAt(double px, double py) {
            int column = Math.min(columns - 1, (int) ((px - x) / width * columns));
            int line = Math.min(lines - 1, (int) ((py - y) / height * lines));
            return new Cell(key, column, line);
        }

        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** A cell of a raster that was clicked; line 0 is the top line. */
    record Cell(Object key, int column, int line) {}

    /** Not drawn: the whole of a text shortened to fit, shown while the pointer rests on the area. */
    record Hint(Bounds area, String text) implements Mark {}
}
