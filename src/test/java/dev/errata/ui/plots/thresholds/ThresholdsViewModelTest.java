package dev.errata.ui.plots.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.Slice;
import dev.errata.metrics.plots.ThresholdFairness;
import dev.errata.ui.Opened;
import dev.errata.ui.ScoreOnlyProject;
import dev.errata.ui.SmallProject;
import dev.errata.ui.checks.ChecksViewModel;
import dev.errata.ui.plots.slices.SlicesViewModel;
import dev.errata.ui.table.RowList;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving the threshold recomputes the fairness table, and a settled one is the project's when the scores
 * make the predictions; checked against counts taken from the CSV text.
 */
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

    /** The chosen threshold on a fixed one (0.50 shown beside 0.50) is one column, not two that read alike. */
    @Test
    void aChosenThresholdOnAFixedOneIsShownOnce() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            ThresholdsViewModel model =
                    new ThresholdsViewModel(opened.workspace().plots());
            model.columnProperty().set("device");

            model.thresholdProperty().set(0.5);
            assertThat(model.fairnessProperty().get().thresholds()).containsExactly(0.5, 0.3, 0.7);
            model.thresholdProperty().set(0.7004);
            assertThat(model.fairnessProperty().get().thresholds()).containsExactly(0.7004, 0.3, 0.5);
        }
    }

    @Test
    void movingTheThresholdRecomputesEveryGroupsRatesAndGaps() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            ThresholdsViewModel model =
                    new ThresholdsViewModel(opened.workspace().plots());
            model.columnProperty().set("device");

            for (double threshold : new double[] {0.65, 0.35, 0.05}) {
                model.thresholdProperty().set(threshold);
                ThresholdFairness fairness = model.fairnessProperty().get();
                Map<String, long[]> counts = counts(threshold);

                assertThat(fairness.thresholds()).containsExactly(threshold, 0.3, 0.5, 0.7);
                assertThat(fairness.groups())
                        .extracting(ThresholdFairness.Group::value)
                        .containsExactly("android", "ios", "web");
                for (BinaryRate rate : ThresholdsViewModel.RATES) {
                    double overall = expected(rate, counts.get("overall"));
                    assertThat(fairness.overall().get(0).value(rate))
                            .as(rate + " overall")
                            .isCloseTo(overall, within(1e-12));
                    for (ThresholdFairness.Group group : fairness.groups()) {
                        double value = expected(rate, counts.get(group.value()));
                        BinaryRates rates = group.atThreshold().get(0).rates();
                        String what = rate + " of " + group.value() + " at " + threshold;
                        if (Double.isNaN(value)) {
                            assertThat(rates.value(rate)).as(what).isNaN();
                        } else {
                            assertThat(rates.value(rate)).as(what).isCloseTo(value, within(1e-12));
                            assertThat(group.atThreshold().get(0).gap(rate))
                                    .as(what)
                                    .isCloseTo(value - overall, within(1e-12));
                        }
                    }
                }
            }
        }
    }

    /** The error rows of the table, in row order, when it shows errors only. */
    private static int[] shownRows(Workspace workspace) {
        RowList rows = workspace.rows().rows();
        return IntStream.range(0, rows.size()).map(rows::rowAt).toArray();
    }

    /**
     * Counted by {@link ScoreOnlyProject#errorsAt}: at 0.5 rows 3, 5, 6, 9 are wrong, at 0.72 rows 1, 3, 6;
     * device web (rows 5 and 6) goes from 2 of 2 wrong to 1 of 2.
     */
    @Test
    void aSettledThresholdBecomesTheProjectsAndEveryNumberFollowsWhenTheScoreMakesThePredictions() throws Exception {
        try (Opened opened = Opened.on(new ScoreOnlyProject(folder).projectFile)) {
            Workspace workspace = opened.workspace();
            workspace.rows().errorsOnlyProperty().set(true);
            ThresholdsViewModel model = new ThresholdsViewModel(workspace.plots());
            SlicesViewModel slices = new SlicesViewModel(workspace.plots());
            slices.columnProperty().set("device");
            workspace.checks().newCheck().textProperty().set("error_rate <= 60% on column device = \"web\"");
            workspace.checks().add();
            assertThat(model.drivesPredictions()).isTrue();
            assertThat(shownRows(workspace))
                    .containsExactly(ScoreOnlyProject.errorsAt(0.5, null).toArray());
            assertThat(workspace.checks().rows())
                    .extracting(ChecksViewModel.CheckRow::value)
                    .containsExactly("1.0000");

            model.thresholdProperty().set(0.7234);
            assertThat(workspace.state().project().settings().threshold())
                    .as("not before it settles")
                    .isEqualTo(0.5);
            model.settle();

            assertThat(model.thresholdProperty().get()).isEqualTo(0.72);
            assertThat(workspace.state().project().settings().threshold()).isEqualTo(0.72);
            assertThat(ScoreOnlyProject.errorsAt(0.72, null).toArray()).containsExactly(1, 3, 6);
            assertThat(shownRows(workspace)).containsExactly(1, 3, 6);
            assertThat(workspace.rows().isError(5)).isFalse();
            assertThat(workspace.analysis().tags())
                    .singleElement()
                    .satisfies(
                            web -> assertThat(web.metrics().errorRate().value()).isEqualTo(0.5));
            Slice web = slices.resultProperty().get().slices().stream()
                    .filter(s -> s.value().equals("web"))
                    .findFirst()
                    .orElseThrow();
            assertThat(web.errors())
                    .isEqualTo(ScoreOnlyProject.errorsAt(0.72, "web").getCardinality())
                    .isEqualTo(1);
            assertThat(workspace.checks().rows())
                    .extracting(ChecksViewModel.CheckRow::value)
                    .containsExactly("0.5000");
            assertThat(workspace.plots().snapshot().classification().confusion().count(0, 1))
                    .as("false positives: row 3")
                    .isEqualTo(1);
            assertThat(workspace.state().isChanged()).isTrue();
        }
    }

    /** SmallProject's predictions are its prediction column: 4 errors at any threshold, and nothing to save. */
    @Test
    void withAPredictionColumnASettledThresholdMovesOnlyThisTab() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            Workspace workspace = opened.workspace();
            ThresholdsViewModel model = new ThresholdsViewModel(workspace.plots());
            assertThat(model.drivesPredictions()).isFalse();
            assertThat(model.predictionColumn()).isEqualTo("prediction");

            model.thresholdProperty().set(0.853);
            model.settle();

            assertThat(model.fairnessProperty().get().thresholds().get(0)).isEqualTo(0.85);
            assertThat(workspace.state().project().settings().threshold()).isEqualTo(0.5);
            assertThat(workspace.state().snapshot().errorRows().errorCount()).isEqualTo(4);
            assertThat(workspace.state().isChanged()).isFalse();
        }
    }
}
