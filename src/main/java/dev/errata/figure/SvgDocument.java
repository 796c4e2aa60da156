package dev.errata.figure;

import java.util.Base64;
import java.util.Locale;

/**
 * A figure as an SVG document, mark by mark; a density raster goes in as an embedded PNG. Boxes that are
 * only click targets (no fill, no stroke) are left out.
 */
public final class SvgDocument {

    private SvgDocument() {}

    public static String of(Figure figure, Palette palette) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                        + "font-family=\"sans-serif\">%n",
                figure.width(),
                figure.height(),
                figure.width(),
                figure.height()));
        svg.append(String.format(
                Locale.ROOT,
                "<rect width=\"100%%\" height=\"100%%\" fill=\"%s\"/>%n",
                palette.color(Palette.BACKGROUND).hex()));
        for (Mark mark : figure.marks()) {
            if (mark instanceof Mark.Box box && (box.fill() != null || box.stroke() != null)) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" %s %s/>%n",
                        box.x(),
                        box.y(),
                        box.width(),
                        box.height(),
                        paint("fill", palette, box.fill()),
                        paint("stroke", palette, box.stroke())));
            } else if (mark instanceof Mark.Line line) {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < line.xs().length; i++) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", line.xs()[i], line.ys()[i]));
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<polyline points=\"%s\" fill=\"none\" %s stroke-width=\"%.1f\"%s/>%n",
                        points.toString().strip(),
                        paint("stroke", palette, line.stroke()),
                        line.width(),
                        line.dashed() ? " stroke-dasharray=\"5 4\"" : ""));
            } else if (mark instanceof Mark.Text text) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" text-anchor=\"%s\"%s %s>%s</text>%n",
                        text.x(),
                        text.y(),
                        text.size(),
                        anchor(text.anchor()),
                        text.bold() ? " font-weight=\"bold\"" : "",
                        paint("fill", palette, text.color()),
                        escaped(text.text())));
            } else if (mark instanceof Mark.UpText text) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" transform=\"rotate(-90 %.1f %.1f)\" "
                                + "font-size=\"%.0f\"%s %s>%s</text>%n",
                        text.x(),
                        text.y(),
                        text.x(),
                        text.y(),
                        text.size(),
                        text.bold() ? " font-weight=\"bold\"" : "",
                        paint("fill", palette, text.color()),
                        escaped(text.text())));
            } else if (mark instanceof Mark.Raster raster) {
                String png = Base64.getEncoder()
                        .encodeToString(PngImage.of(palette.pixels(raster.levels()), raster.columns(), raster.lines()));
                svg.append(String.format(
                        Locale.ROOT,
                        "<image x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                                + "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"data:image/png;base64,%s\"/>%n",
                        raster.x(),
                        raster.y(),
                        raster.width(),
                        raster.height(),
                        png));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static String anchor(Mark.Anchor anchor) {
        return switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

    private static String paint(String attribute, Palette palette, Ink ink) {
        if (ink == null) {
            return attribute + "=\"none\"";
        }
        Rgb color = palette.color(ink);
        String paint = attribute + "=\"" + color.hex() + "\"";
        return color.opacity() < 1
                ? paint + String.format(Locale.ROOT, " %s-opacity=\"%.2f\"", attribute, color.opacity())
                : paint;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
