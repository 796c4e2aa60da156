package dev.errata.report;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The plot area of an inline SVG chart: maps data to pixels and draws the axes with five ticks, grid
 * lines and axis titles. Coordinates are written with one decimal, which is finer than a screen pixel.
 */
final class ChartFrame {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final int LEFT = 64;
    private static final int RIGHT = 28;
    private static final int TOP = 16;
    private static final int BOTTOM = 52;
    private static final int TICKS = 5;

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    /** A degenerate range (min = max) is widened so the points sit in the middle. */
    ChartFrame(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
    }

    double x(double value) {
        return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
        return HEIGHT - BOTTOM - (value - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    double xMax() {
        return xMax;
    }

    double yMax() {
        return yMax;
    }

    static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Opens the {@code svg} element with its accessible title. */
    static void open(Markup m, String title) {
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "role", "img", "class", "chart").element("title", title);
    }

    void axes(Markup m, String xTitle, String yTitle, DoubleFunction<String> xTick, DoubleFunction<String> yTick) {
        for (int i = 0; i <= TICKS; i++) {
            double xv = xMin + (xMax - xMin) * i / TICKS;
            double yv = yMin + (yMax - yMin) * i / TICKS;
            m.empty("line", "class", "grid", "x1", px(x(xv)), "x2", px(x(xv)), "y1", px(y(yMin)), "y2", px(y(yMax)));
            m.empty("line", "class", "grid", "x1", px(x(xMin)), "x2", px(x(xMax)), "y1", px(y(yv)), "y2", px(y(yv)));
            m.element("text", xTick.apply(xv), "class", "tick", "x", px(x(xv)), "y", px(y(yMin) + 16), "text-anchor", "middle");
            m.element("text", yTick.apply(yv), "class", "tick", "x", px(x(xMin) - 6), "y", px(y(yv) + 4), "text-anchor", "end");
        }
        m.empty("line", "class", "axis", "x1", px(x(xMin)), "x2", px(x(xMax)), "y1", px(y(yMin)), "y2", px(y(yMin)));
        m.empty("line", "class", "axis", "x1", px(x(xMin)), "x2", px(x(xMin)), "y1", px(y(yMin)), "y2", px(y(yMax)));
        m.element("text", xTitle, "class", "axis-title", "x", px((x(xMin) + x(xMax)) / 2), "y", px(HEIGHT - 10),
                "text-anchor", "middle");
        m.element("text", yTitle, "class", "axis-title", "x", "14", "y", px((y(yMin) + y(yMax)) / 2), "text-anchor", "middle",
                "transform", "rotate(-90 14 " + px((y(yMin) + y(yMax)) / 2) + ")");
    }
}
