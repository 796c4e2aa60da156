package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each slice's ranking and score metrics, from the one shared walk over the sorted scores, against the
 * textbook definitions computed slice by slice: AUC over every (positive, negative) pair, average precision
 * over the distinct thresholds, log loss and Brier score row by row. Scores have one decimal, so ties abound.
 */
class SliceScoresTest {

    private static final String[] GROUPS = {"a", "b", "c", "d"};

    @Test
    void everySliceMatchesTheDefinitionsComputedOnItsOwnRows() {
        Random random = new Random(11);
        int n = 3_000;
        double[] labels = new double[n];
        double[] scores = new double[n];
        String[] group = new String[n];
        for (int row = 0; row < n; row++) {
            group[row] = GROUPS[random.nextInt(GROUPS.length)];
            labels[row] = random.nextDouble() < 0.3 + 0.1 * (group[row].charAt(0) - 'a') ? 1 : 0;
            scores[row] = row % 97 == 0
                    ? Double.NaN
                    : Math.round((0.3 * labels[row] + 0.7 * random.nextDouble()) * 10) / 10.0;
        }
        Dataset data = new DatasetBuilder("d")
                .numeric("y", labels)
                .numeric("p", new double[n])
                .numeric("s", scores)
                .categorical("g", group)
                .build();
        ColumnRoles roles = new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, "1");
        Outcomes outcomes = Outcomes.of(data, roles);

        SliceTable table = SliceTable.of(outcomes, ErrorRows.of(outcomes), RowGroups.of(data, "g", 5));

        assertThat(table.slices()).hasSize(GROUPS.length);
        for (Slice slice : table.slices()) {
            List<double[]> rows = new ArrayList<>();
            for (int row = 0; row < n; row++) {
                if (group[row].equals(slice.value()) && !Double.isNaN(scores[row])) {
                    rows.add(new double[] {scores[row], labels[row]});
                }
            }
            ScoreMetrics metrics = slice.scores();
            assertThat(metrics.scoredRows()).isEqualTo(rows.size());
            assertThat(metrics.rocAuc()).isCloseTo(pairwiseAuc(rows), within(1e-12));
            assertThat(metrics.averagePrecision()).isCloseTo(averagePrecision(rows), within(1e-12));
            assertThat(metrics.logLoss()).isCloseTo(logLoss(rows), within(1e-12));
            assertThat(metrics.brierScore()).isCloseTo(brier(rows), within(1e-12));
        }
    }

    private static double pairwiseAuc(List<double[]> rows) {
        double wins = 0;
        long pairs = 0;
        for (double[] positive : rows) {
            for (double[] negative : rows) {
                if (positive[1] == 1 && negative[1] == 0) {
                    pairs++;
                    wins += positive[0] > negative[0] ? 1 : positive[0] == negative[0] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    /** Σ over distinct thresholds t of (recall(t) − recall(next higher t)) × precision(t). */
    private static double averagePrecision(List<double[]> rows) {
        long positives = rows.stream().filter(r -> r[1] == 1).count();
        double sum = 0;
        double previousRecall = 0;
        for (int step = 10; step >= 0; step--) {
            double t = step / 10.0;
            long flagged = rows.stream().filter(r -> r[0] >= t - 1e-9).count();
            long hits = rows.stream().filter(r -> r[0] >= t - 1e-9 && r[1] == 1).count();
            double recall = (double) hits / positives;
            if (flagged > 0 && recall > previousRecall) {
                sum += (recall - previousRecall) * hits / flagged;
            }
            previousRecall = recall;
        }
        return sum;
    }

    private static double logLoss(List<double[]> rows) {
        return rows.stream()
                .mapToDouble(r -> -Math.log(Math.min(1 - 1e-15, Math.max(1e-15, r[1] == 1 ? r[0] : 1 - r[0]))))
                .average()
                .orElseThrow();
    }

    private static double brier(List<double[]> rows) {
        return rows.stream()
                .mapToDouble(r -> (r[0] - r[1]) * (r[0] - r[1]))
                .average()
                .orElseThrow();
    }
}
