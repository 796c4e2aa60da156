package dev.errata.ui.plots.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.plots.ThresholdFairness;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving the threshold recomputes the fairness table; checked against counts taken from the CSV text here. */
class ThresholdsViewModelTest {

    @TempDir
    Path folder;

    /** tp, fp, tn, fn of score ≥ t, counted from the lines of {@link SmallProject#CSV}, per device and overall. */
    private static Map<String, long[]> counts(double threshold) {
        Map<String, long[]> counts = new TreeMap<>();
        for (String line : SmallProject.CSV.strip().lines().skip(1).toList()) {
            String[] cells = line.split(",");
            boolean positive = cells[1].equals("1");
            boolean predicted = Double.parseDouble(cells[3]) >= threshold;
            int cell = predicted ? (positive ? 0 : 1) : (positive ? 3 : 2);
            for (String group : List.of(cells[4], "overall")) {
                counts.computeIfAbsent(group, g -> new long[4])[cell]++;
            }
        }
        return counts;
    }

    private static double expected(BinaryRate rate, long[] c) {
        long tp = c[0];
        long fp = c[1];
        long tn = c[2];
        long fn = c[3];
        return switch (rate) {
            case POSITIVE_RATE -> (double) (tp + fp) / (tp + fp + tn + fn);
            case TPR -> tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
            case FNR -> tp + fn == 0 ? Double.NaN : (double) fn / (tp + fn);
            case TNR -> tn + fp == 0 ? Double.NaN : (double) tn / (tn + fp);
            case FPR -> tn + fp == 0 ? Double.NaN : (double) fp / (tn + fp);
            case ACCURACY -> (double) (tp + tn) / (tp + fp + tn + fn);
            default -> throw new IllegalArgumentException(rate.name());
        };
    }

    @Test
    void movingTheThresholdRecomputesEveryGroupsRatesAndGaps() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            ThresholdsViewModel model = new ThresholdsViewModel(opened.workspace().plots());
            model.columnProperty().set("device");

            for (double threshold : new double[] {0.65, 0.35, 0.05}) {
                model.thresholdProperty().set(threshold);
                ThresholdFairness fairness = model.fairnessProperty().get();
                Map<String, long[]> counts = counts(threshold);

                assertThat(fairness.thresholds()).containsExactly(threshold, 0.3, 0.5, 0.7);
                assertThat(fairness.groups()).extracting(ThresholdFairness.Group::value).containsExactly("android", "ios", "web");
                for (BinaryRate rate : ThresholdsViewModel.RATES) {
                    double overall = expected(rate, counts.get("overall"));
                    assertThat(fairness.overall().get(0).value(rate)).as(rate + " overall").isCloseTo(overall, within(1e-12));
                    for (ThresholdFairness.Group group : fairness.groups()) {
                        double value = expected(rate, counts.get(group.value()));
                        BinaryRates rates = group.atThreshold().get(0).rates();
                        String what = rate + " of " + group.value() + " at " + threshold;
                        if (Double.isNaN(value)) {
                            assertThat(rates.value(rate)).as(what).isNaN();
                        } else {
                            assertThat(rates.value(rate)).as(what).isCloseTo(value, within(1e-12));
                            assertThat(group.atThreshold().get(0).gap(rate)).as(what).isCloseTo(value - overall, within(1e-12));
                        }
                    }
                }
            }
        }
    }
}
