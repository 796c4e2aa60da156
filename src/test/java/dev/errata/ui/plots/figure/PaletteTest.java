package dev.errata.ui.plots.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What both palettes promise the figures drawn with them; no toolkit needed. */
class PaletteTest {

    @ParameterizedTest
    @EnumSource(Palette.class)
    void textOnEveryShadeOfTheHeatMapReachesTheContrastOfSmallText(Palette palette) {
        for (int percent = 0; percent <= 100; percent++) {
            double level = percent / 100.0;
            Color cell = palette.color(Palette.heat(level));
            Color text = palette.color(Palette.onHeat(level));

            assertThat(Contrast.ratio(text, cell)).as("text on heat %d%%", percent).isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void theHeatRampStartsAtTheBackgroundAndItsFaintestDensityStandsOutFromIt(Palette palette) {
        Color background = palette.color(Palette.BACKGROUND);

        assertThat(palette.color(Palette.heat(0))).isEqualTo(background);
        assertThat(palette.color(Palette.heat(Double.NaN))).isEqualTo(background);
        // DensityRaster shades an occupied cell at 0.3 at the least
        assertThat(Contrast.ratio(palette.color(Palette.heat(0.3)), background)).isGreaterThan(1.5);
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void textAndAxisTitlesReadOnTheBackground(Palette palette) {
        Color background = palette.color(Palette.BACKGROUND);

        assertThat(Contrast.ratio(palette.color(Palette.TEXT), background)).isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio(palette.color(Palette.MUTED), background)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theDarkPaletteIsDarkAndTheLightOneLight() {
        assertThat(Palette.DARK.color(Palette.BACKGROUND).getBrightness()).isLessThan(0.3);
        assertThat(Palette.LIGHT.color(Palette.BACKGROUND).getBrightness()).isGreaterThan(0.9);
    }

    @Test
    void aTranslucentInkKeepsItsColourAndTakesTheOpacity() {
        Color band = Palette.DARK.color(Palette.translucent(Palette.CORRECT, 0.12));

        assertThat(band.getOpacity()).isCloseTo(0.12, within(1e-6));
        assertThat(band.getRed()).isEqualTo(Palette.DARK.color(Palette.CORRECT).getRed());
    }
}
