package dev.errata.metrics;

import dev.errata.data.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The slices of one column or cross, in group order, leaving out groups without rows.
 *
 * @param overallRates for a binary task, the rates of the decision over all rows; null otherwise
 * @param spreads for a binary task, per rate its spread over the slices (small slices included); empty
 *     otherwise
 */
public record SliceTable(String column, List<Slice> slices, BinaryRates overallRates, List<RateSpread> spreads) {

    public SliceTable {
        slices = List.copyOf(slices);
        spreads = List.copyOf(spreads);
    }

    /** Slices with a binary task's rates taken from the prediction column. */
    public static SliceTable of(Outcomes outcomes, ErrorRows errorRows, RowGroups groups) {
        BinaryDecision decision = outcomes.task() == Task.BINARY ? BinaryDecision.fromPrediction(outcomes) : null;
        return of(outcomes, errorRows, groups, decision);
    }

    /**
     * The tables of several partitions (slice columns, crosses), in their order. Each table's ranking
     * walk runs on one thread, so the partitions are spread over the cores.
     */
    public static List<SliceTable> all(Outcomes outcomes, ErrorRows errorRows, List<RowGroups> partitions) {
        return all(
                outcomes,
                errorRows,
                partitions,
                outcomes.task() == Task.BINARY ? BinaryDecision.fromPrediction(outcomes) : null);
    }

    /** {@link #all(Outcomes, ErrorRows, List)} with the rates of the given decision. */
    public static List<SliceTable> all(
            Outcomes outcomes, ErrorRows errorRows, List<RowGroups> partitions, BinaryDecision decision) {
        return all(outcomes, RowKinds.of(outcomes, errorRows, decision), partitions, decision != null);
    }

    /**
     * A binary model's tables with the rates of its prediction, then with those of its score at the
     * threshold: the first again where the two decide every row alike, as they do where the prediction
     * column was made from the score at that threshold, so the slices are not counted twice. Where they
     * differ, each slice's score metrics, which no decision changes, are still worked out once for both.
     */
    static List<List<SliceTable>> byPredictionAndThreshold(
            Outcomes outcomes, RowKinds predicted, RowKinds thresholded, List<RowGroups> partitions) {
        if (Arrays.equals(predicted.kinds(), thresholded.kinds())) {
            List<SliceTable> both = all(outcomes, predicted, partitions, true);
            return List.of(both, both);
        }
        List<ScoreMetrics[]> scores = partitions.parallelStream()
                .map(groups -> scores(outcomes, groups))
                .toList();
        return List.of(
                all(outcomes, predicted, partitions, scores::get), all(outcomes, thresholded, partitions, scores::get));
    }

    /** @param decided whether the kinds hold a binary decision */
    static List<SliceTable> all(Outcomes outcomes, RowKinds kinds, List<RowGroups> partitions, boolean decided) {
        return partitions.parallelStream()
                .map(groups -> of(outcomes, kinds, groups, decided))
                .toList();
    }

    /** The tables of a decision's rates, each with the score metrics already worked out for its partition. */
    private static List<SliceTable> all(
            Outcomes outcomes, RowKinds kinds, List<RowGroups> partitions, IntFunction<ScoreMetrics[]> scores) {
        return IntStream.range(0, partitions.size())
                .parallel()
                .mapToObj(p -> of(outcomes, kinds, partitions.get(p), true, scores.apply(p)))
                .toList();
    }

    /** @param decision the binary decision the rates use (e.g. a threshold), null for other tasks */
    public static SliceTable of(Outcomes outcomes, ErrorRows errorRows, RowGroups groups, BinaryDecision decision) {
        return of(outcomes, RowKinds.of(outcomes, errorRows, decision), groups, decision != null);
    }

    private static SliceTable of(Outcomes outcomes, RowKinds kinds, RowGroups groups, boolean decided) {
        return of(outcomes, kinds, groups, decided, scores(outcomes, groups));
    }

    private static SliceTable of(
            Outcomes outcomes, RowKinds kinds, RowGroups groups, boolean decided, ScoreMetrics[] scores) {
        SliceCounts[] counts = SliceCounts.perGroup(outcomes, kinds, groups.groupOfRow(), groups.groupCount());
        return of(groups.column(), groups::label, outcomes.task(), counts, decided, scores);
    }

    /** Each group's score metrics; null when the data has no scores. */
    private static ScoreMetrics[] scores(Outcomes outcomes, RowGroups groups) {
        return outcomes.hasScores() || outcomes.hasClassProbabilities()
                ? ScoreMetrics.perGroup(outcomes, groups.groupOfRow(), groups.groupCount())
                : null;
    }

    /**
     * The table of groups counted elsewhere (e.g. on a cluster), group by group in their order.
     *
     * @param decided whether the counts hold a binary decision's rates
     * @param scores each group's score metrics; null when the data has no scores
     */
    public static SliceTable of(
            String column,
            IntFunction<String> labels,
            Task task,
            SliceCounts[] counts,
            boolean decided,
            ScoreMetrics[] scores) {
        BinaryRates overall = decided ? overallRates(counts) : null;
        List<Slice> slices = new ArrayList<>();
        List<BinaryRates> sliceRates = new ArrayList<>();
        for (int group = 0; group < counts.length; group++) {
            if (!counts[group].isEmpty()) {
                Slice slice =
                        counts[group].slice(labels.apply(group), task, overall, scores == null ? null : scores[group]);
                slices.add(slice);
                if (slice.binary() != null) {
                    sliceRates.add(slice.binary().rates());
                }
            }
        }
        List<RateSpread> spreads = new ArrayList<>();
        if (overall != null) {
            for (BinaryRate rate : BinaryRate.values()) {
                spreads.add(RateSpread.of(rate, sliceRates));
            }
        }
        return new SliceTable(column, slices, overall, spreads);
    }

    /** Every row is in exactly one group, so the groups' counts add up to the overall counts. */
    private static BinaryRates overallRates(SliceCounts[] counts) {
        RateCounts all = new RateCounts();
        for (SliceCounts group : counts) {
            all.merge(group.rates());
        }
        return all.rates();
    }
}
