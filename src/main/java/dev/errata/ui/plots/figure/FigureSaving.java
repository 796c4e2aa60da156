package dev.errata.ui.plots.figure;

import dev.errata.figure.Figure;
import dev.errata.figure.Palette;
import dev.errata.figure.PngImage;
import dev.errata.figure.SvgDocument;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.messages.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;

/**
 * The "PNG…" and "SVG…" buttons of a figure, both written from the figure shown, in the light palette
 * whatever the theme: a saved figure goes on the white page of a report or a slide. Encoding and writing
 * run off the FX thread.
 */
public final class FigureSaving extends HBox {

    private static final Palette SAVED = Palette.LIGHT;

    public FigureSaving(
            FigureCanvas canvas, String name, FigureFiles files, Background background, Consumer<Exception> onFailed) {
        getStyleClass().add("figure-saving");
        Button png = new Button("PNG");
        png.setOnAction(e -> files.chooseTarget(name, "png").ifPresent(target -> {
            WritableImage image = FigureCanvas.image(canvas.figure(), SAVED);
            int[] pixels = FigureCanvas.pixels(image);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            write(background, target, () -> PngImage.of(pixels, width, height), onFailed);
        }));
        Button svg = new Button("SVG");
        svg.setOnAction(e -> files.chooseTarget(name, "svg").ifPresent(target -> {
            Figure figure = canvas.figure();
            write(background, target, () -> SvgDocument.of(figure, SAVED).getBytes(StandardCharsets.UTF_8), onFailed);
        }));
        getChildren().addAll(png, svg);
    }

    private interface Bytes {
        byte[] make();
    }

    private static void write(Background background, Path target, Bytes bytes, Consumer<Exception> onFailed) {
        background.submit(new Job<Void>(
                Messages.text("plots.saving", target.getFileName()),
                progress -> {
                    Files.write(target, bytes.make());
                    return null;
                },
                done -> {},
                onFailed));
    }
}
