package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What a saved figure holds: SVG mark by mark, PNG pixel by pixel; no toolkit needed. */
class FigureFilesTest {

    private static final Figure FIGURE = new Figure(
            200,
            100,
            List.of(
                    new Mark.Box(10, 10, 30, 20, Palette.ERROR, null, "a key"),
                    Mark.Line.of(0, 0, 200, 100, Palette.ACCENT, 2, true),
                    Mark.Text.of(50, 50, "tpr < 0.5 & fpr > 0.1", Mark.Anchor.MIDDLE),
                    new Mark.Raster(100, 0, 100, 100, 2, 1, new double[] {1, Double.NaN}, null)));

    @Test
    void anSvgHasOneElementPerMarkWithTextEscaped() {
        String svg = SvgDocument.of(FIGURE, Palette.LIGHT);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\"");
        assertThat(svg)
                .contains(
                        "<rect x=\"10.0\" y=\"10.0\" width=\"30.0\" height=\"20.0\" fill=\"#cf222e\" stroke=\"none\"/>");
        assertThat(svg).contains("<polyline points=\"0.0,0.0 200.0,100.0\"", "stroke-dasharray=\"5 4\"");
        assertThat(svg).contains(">tpr &lt; 0.5 &amp; fpr &gt; 0.1</text>");
        assertThat(svg).contains("<image x=\"100.0\"", "href=\"data:image/png;base64,");
        assertThat(svg).endsWith("</svg>\n");
    }

    @Test
    void textReadingUpwardsIsTurnedAboutItsStart() {
        String svg = SvgDocument.of(
                new Figure(100, 100, List.of(new Mark.UpText(40, 90, "pit_mark", Palette.TEXT, 11, true))),
                Palette.LIGHT);

        assertThat(svg)
                .contains("<text x=\"40.0\" y=\"90.0\" transform=\"rotate(-90 40.0 90.0)\" font-size=\"11\" "
                        + "font-weight=\"bold\" fill=\"#1f2328\">pit_mark</text>");
    }

    @Test
    void aPngHoldsThePixelsGiven() throws Exception {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(PngImage.of(new int[] {0xff0000ff, 0x80ff0000}, 2, 1)));

        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xff0000ff);
        assertThat(image.getRGB(1, 0)).isEqualTo(0x80ff0000);
    }

    @Test
    void aClickFindsTheTopmostKeyOrTheRasterCell() {
        assertThat(FIGURE.keyAt(20, 20)).contains("a key");
        assertThat(FIGURE.keyAt(80, 20)).isEmpty();
        assertThat(FIGURE.keyAt(160, 50)).isEmpty();
        Figure clickable = new Figure(10, 10, List.of(new Mark.Raster(0, 0, 10, 10, 2, 2, new double[4], "grid")));
        assertThat(clickable.keyAt(7, 2)).contains(new Mark.Cell("grid", 1, 0));
    }
}
