package dev.errata.metrics.plots;

import dev.errata.metrics.BinaryDecision;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.RateCounts;
import dev.errata.metrics.RateGaps;
import dev.errata.metrics.RowGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fairness rates (positive rate, TPR, FNR, TNR, FPR, accuracy, …) of score ≥ t for several thresholds
 * at once, overall and per group of a column, each group's with its gap to the overall value, as Fairness
 * Indicators shows them. One pass over the rows serves every threshold.
 *
 * @param thresholds in the order asked
 * @param overall per threshold, the rates over all rows with a label and a score
 * @param groups the groups that hold such rows, in group order
 */
public record ThresholdFairness(String column, List<Double> thresholds, List<BinaryRates> overall, List<Group> groups) {

    /** @param atThreshold per threshold, the group's rates and gaps */
    public record Group(String value, long rows, List<RateGaps> atThreshold) {
        public Group {
            atThreshold = List.copyOf(atThreshold);
        }
    }

    public ThresholdFairness {
        thresholds = List.copyOf(thresholds);
        overall = List.copyOf(overall);
        groups = List.copyOf(groups);
    }

    /** @throws IllegalArgumentException when the outcomes carry no binary score */
    public static ThresholdFairness of(Outcomes outcomes, RowGroups groups, double... thresholds) {
        BinaryDecision[] decisions = new BinaryDecision[thresholds.length];
        for (int t = 0; t < thresholds.length; t++) {
            decisions[t] = BinaryDecision.atThreshold(outcomes, thresholds[t]);
        }
        RateCounts[][] counts = new RateCounts[groups.groupCount()][thresholds.length];
        for (RateCounts[] group : counts) {
            Arrays.setAll(group, t -> new RateCounts());
        }
        for (int row = 0; row < outcomes.rowCount(); row++) {
            RateCounts[] group = counts[groups.groupOf(row)];
            for (int t = 0; t < thresholds.length; t++) {
                group[t].add(outcomes, decisions[t], row);
            }
        }
        List<BinaryRates> overall = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            RateCounts all = new RateCounts();
            for (RateCounts[] group : counts) {
                all.merge(group[t]);
            }
            overall.add(all.rates());
        }
        List<Group> rows = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            List<RateGaps> gaps = new ArrayList<>();
            for (int t = 0; t < thresholds.length; t++) {
                gaps.add(RateGaps.of(counts[g][t].rates(), overall.get(t)));
            }
            if (gaps.get(0).rates().rows() > 0) {
                rows.add(new Group(groups.label(g), gaps.get(0).rates().rows(), gaps));
            }
        }
        return new ThresholdFairness(
                groups.column(), Arrays.stream(thresholds).boxed().toList(), overall, rows);
    }
}
