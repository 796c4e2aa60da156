package dev.errata.ui.plots.figure;

import dev.errata.figure.Figure;
import dev.errata.figure.Ink;
import dev.errata.figure.Mark;
import dev.errata.figure.Palette;
import dev.errata.figure.Rgb;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a figure on one canvas, drawn again at the size the layout gives it, and reports clicks on
 * its clickable marks. A million points cost one raster here, not a million nodes. The stylesheet picks
 * the palette ({@code -errata-figure-palette: dark}), so the figure follows the theme.
 */
public final class FigureCanvas extends Region {

    private static final StyleablePropertyFactory<FigureCanvas> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<FigureCanvas, Palette> PALETTE = STYLES.createEnumCssMetaData(
            Palette.class, "-errata-figure-palette", canvas -> canvas.palette, Palette.LIGHT);

    private final Canvas canvas = new Canvas();
    private final StyleableObjectProperty<Palette> palette =
            new SimpleStyleableObjectProperty<>(PALETTE, this, "palette", Palette.LIGHT);
    private final Tooltip hint = new Tooltip();
    private BiFunction<Double, Double, Figure> drawing = Figure::empty;
    private Figure figure = Figure.empty(0, 0);
    private long lastPaintNanos;

    public FigureCanvas(Consumer<Object> onClick) {
        getStyleClass().add("figure-canvas");
        getChildren().add(canvas);
        canvas.setOnMouseClicked(
                event -> figure.keyAt(event.getX(), event.getY()).ifPresent(onClick));
        canvas.setOnMouseMoved(
                event -> showHint(figure.hintAt(event.getX(), event.getY()).orElse(null)));
        palette.addListener((obs, old, now) -> paint(canvas.getGraphicsContext2D(), figure, now));
    }

    /** What to draw at a given width and height; drawn at once and after each resize. */
    public void show(BiFunction<Double, Double, Figure> newDrawing) {
        drawing = newDrawing;
        redraw();
    }

    public Figure figure() {
        return figure;
    }

    public Palette palette() {
        return palette.get();
    }

    /** How long the latest paint took, for the benchmark. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** A figure painted with a palette, apart from any window: e.g. to save it in another palette than shown. */
    public static WritableImage image(Figure figure, Palette palette) {
        Canvas canvas = new Canvas(figure.width(), figure.height());
        paint(canvas.getGraphicsContext2D(), figure, palette);
        return canvas.snapshot(null, null);
    }

    /** The pixels of an image, e.g. a snapshot of a figure, line by line from the top; read on the FX thread. */
    public static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    private void redraw() {
        long start = System.nanoTime();
        figure = drawing.apply(canvas.getWidth(), canvas.getHeight());
        paint(canvas.getGraphicsContext2D(), figure, palette.get());
        lastPaintNanos = System.nanoTime() - start;
    }

    private void showHint(String text) {
        if (text == null) {
            Tooltip.uninstall(canvas, hint);
        } else {
            hint.setText(text);
            Tooltip.install(canvas, hint);
        }
    }

    private static void paint(GraphicsContext g, Figure figure, Palette palette) {
        g.setFill(color(palette, Palette.BACKGROUND));
        g.fillRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.setTextBaseline(VPos.BASELINE);
        for (Mark mark : figure.marks()) {
            if (mark instanceof Mark.Box box) {
                paintBox(g, box, palette);
            } else if (mark instanceof Mark.Line line) {
                g.setStroke(color(palette, line.stroke()));
                g.setLineWidth(line.width());
                g.setLineDashes(line.dashed() ? new double[] {5, 4} : null);
                g.strokePolyline(line.xs(), line.ys(), line.xs().length);
            } else if (mark instanceof Mark.Text text) {
                paintText(g, text, palette);
            } else if (mark instanceof Mark.UpText text) {
                g.save();
                g.translate(text.x(), text.y());
                g.rotate(-90);
                g.setFill(color(palette, text.color()));
                g.setFont(Font.font(null, text.bold() ? FontWeight.BOLD : FontWeight.NORMAL, text.size()));
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(text.text(), 0, 0);
                g.restore();
            } else if (mark instanceof Mark.Raster raster) {
                WritableImage image = new WritableImage(raster.columns(), raster.lines());
                image.getPixelWriter()
                        .setPixels(
                                0,
                                0,
                                raster.columns(),
                                raster.lines(),
                                PixelFormat.getIntArgbInstance(),
                                palette.pixels(raster.levels()),
                                0,
                                raster.columns());
                g.setImageSmoothing(false);
                g.drawImage(image, raster.x(), raster.y(), raster.width(), raster.height());
            }
        }
    }

    /** The colour of an ink in a palette, as the canvas paints it. */
    public static Color color(Palette palette, Ink ink) {
        Rgb rgb = palette.color(ink);
        return new Color(rgb.red(), rgb.green(), rgb.blue(), rgb.opacity());
    }

    private static void paintBox(GraphicsContext g, Mark.Box box, Palette palette) {
        if (box.fill() != null) {
            g.setFill(color(palette, box.fill()));
            g.fillRect(box.x(), box.y(), box.width(), box.height());
        }
        if (box.stroke() != null) {
            g.setStroke(color(palette, box.stroke()));
            g.setLineWidth(1);
            g.setLineDashes();
            g.strokeRect(box.x() + 0.5, box.y() + 0.5, box.width() - 1, box.height() - 1);
        }
    }

    private static void paintText(GraphicsContext g, Mark.Text text, Palette palette) {
        g.setFill(color(palette, text.color()));
        g.setFont(Font.font(null, text.bold() ? FontWeight.BOLD : FontWeight.NORMAL, text.size()));
        g.setTextAlign(
                switch (text.anchor()) {
                    case START -> TextAlignment.LEFT;
                    case MIDDLE -> TextAlignment.CENTER;
                    case END -> TextAlignment.RIGHT;
                });
        g.fillText(text.text(), text.x(), text.y());
    }
}
