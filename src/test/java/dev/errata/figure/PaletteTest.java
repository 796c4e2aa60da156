package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
            Rgb cell = palette.color(Palette.heat(level));
            Rgb text = palette.color(Palette.onHeat(level));

            assertThat(Contrast.ratio(text, cell))
                    .as("text on heat %d%%", percent)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void theHeatRampStartsAtTheBackgroundAndItsFaintestDensityStandsOutFromIt(Palette palette) {
        Rgb background = palette.color(Palette.BACKGROUND);

        assertThat(palette.color(Palette.heat(0))).isEqualTo(background);
        assertThat(palette.color(Palette.heat(Double.NaN))).isEqualTo(background);
        // DensityRaster shades an occupied cell at 0.3 at the least
        assertThat(Contrast.ratio(palette.color(Palette.heat(0.3)), background)).isGreaterThan(1.5);
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void textAndAxisTitlesReadOnTheBackground(Palette palette) {
        Rgb background = palette.color(Palette.BACKGROUND);

        assertThat(Contrast.ratio(palette.color(Palette.TEXT), background)).isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio(palette.color(Palette.MUTED), background)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theDarkPaletteIsDarkAndTheLightOneLight() {
        assertThat(Palette.DARK.color(Palette.BACKGROUND).brightness()).isLessThan(0.3);
        assertThat(Palette.LIGHT.color(Palette.BACKGROUND).brightness()).isGreaterThan(0.9);
    }

    @Test
    void aTranslucentInkKeepsItsColourAndTakesTheOpacity() {
        Rgb band = Palette.DARK.color(Palette.translucent(Palette.CORRECT, 0.12));

        assertThat(band.opacity()).isCloseTo(0.12, within(1e-6));
        assertThat(band.red()).isEqualTo(Palette.DARK.color(Palette.CORRECT).red());
    }
}
