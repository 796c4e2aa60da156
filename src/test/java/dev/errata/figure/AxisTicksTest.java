package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.metrics.plots.Extent;
import dev.errata.report.NumberText;
import java.time.LocalDate;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tick choice along one axis, with labels of 11 px as the plots write them; no toolkit needed. */
class AxisTicksTest {

    private static final double SIZE = 11;
    private static final double SPACING = 50;

    private static double[] ticks(Extent extent, double length, DoubleFunction<String> text) {
        return AxisTicks.fitting(extent, length, SPACING, value -> TextWidth.of(text.apply(value), SIZE, false));
    }

    @Test
    void atAGenerousWidthTheTicksAreRoundFifthsOfTheUnit() {
        assertThat(ticks(new Extent(0, 1), 400, NumberText::compact))
                .containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
    }

    @Test
    void aLongAxisHasTenIntervalsAtTheMost() {
        double[] ticks = ticks(new Extent(0, 100), 1000, NumberText::compact);

        assertThat(ticks).containsExactly(new double[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, within(1e-9));
    }

    static Stream<Arguments> crowdedAxes() {
        DoubleFunction<String> compact = NumberText::compact;
        DoubleFunction<String> grouped = value -> NumberText.count(Math.round(value));
        DoubleFunction<String> dates =
                value -> LocalDate.ofEpochDay(Math.round(value)).toString();
        return Stream.of(
                Arguments.of(new Extent(0, 1), 226, compact),
                Arguments.of(new Extent(0, 1_234_567), 226, grouped),
                Arguments.of(new Extent(0, 1_234_567), 120, grouped),
                Arguments.of(new Extent(-3_456_789, 1_234_567), 226, compact),
                Arguments.of(new Extent(-0.0031, 0.0072), 150, compact),
                Arguments.of(new Extent(19_000, 19_500), 226, dates),
                Arguments.of(new Extent(19_000, 19_030), 300, dates),
                Arguments.of(new Extent(1e9, 1e9 + 5e5), 226, compact),
                Arguments.of(new Extent(0.05, 0.95), 90, compact));
    }

    /** Each label is a box centred on its tick, as wide as its estimated text. */
    @ParameterizedTest
    @MethodSource("crowdedAxes")
    void labelsOfASmallOrLongLabelledAxisKeepApartAndAtLeastTwoStay(
            Extent extent, double length, DoubleFunction<String> text) {
        double[] ticks = ticks(extent, length, text);

        assertThat(ticks.length).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < ticks.length; i++) {
            assertThat(ticks[i]).isBetween(extent.min() - 1e-9, extent.max() + 1e-9);
            for (int j = i + 1; j < ticks.length; j++) {
                double[] a = box(ticks[i], extent, length, text);
                double[] b = box(ticks[j], extent, length, text);
                assertThat(a[1] < b[0] || b[1] < a[0])
                        .as("labels %s and %s", text.apply(ticks[i]), text.apply(ticks[j]))
                        .isTrue();
            }
        }
    }

    @Test
    void anAxisTooShortForAnyRoundStepKeepsItsFirstAndLastTicks() {
        double[] ticks = ticks(new Extent(0.05, 0.95), 24, NumberText::compact);

        assertThat(ticks).containsExactly(new double[] {0.2, 0.8}, within(1e-12));
    }

    private static double[] box(double tick, Extent extent, double length, DoubleFunction<String> text) {
        double at = extent.fraction(tick) * length;
        double half = TextWidth.of(text.apply(tick), SIZE, false) / 2;
        return new double[] {at - half, at + half};
    }
}
