package dev.errata.metrics;

import dev.errata.data.Task;

/**
 * The counts and sums of the rows of one slice. Built here from a dataset's rows, or from counts made
 * elsewhere with the mergeable accumulators (e.g. on a cluster), so both give the same slice.
 */
public final class SliceCounts {

    private final long rows;
    private final long evaluable;
    private final long errors;
    private final RateCounts rates;
    private final RegressionSums residuals;
    private final TranscriptionSums transcripts;

    public SliceCounts(
            long rows,
            long evaluable,
            long errors,
            RateCounts rates,
            RegressionSums residuals,
            TranscriptionSums transcripts) {
        this.rows = rows;
        this.evaluable = evaluable;
        this.errors = errors;
        this.rates = rates;
        this.residuals = residuals;
        this.transcripts = transcripts;
    }

    /** Where a group's counters sit in a partial's array, {@value #COUNTERS} a group. */
    private static final int ROWS = 0;

    private static final int EVALUABLE = 1;
    private static final int ERRORS = 2;
    /** The decision's four cells, in the order of {@link RowKinds#cell}. */
    private static final int DECISION_CELLS = 3;

    private static final int COUNTERS = 8;

    /**
     * The counts of every group in one pass over the rows' groups and kinds, without a branch per row;
     * regression also sums each group's residuals, in row order, and a transcription its edits. A chunk of rows is at least as long as its
     * counters, so slicing by a cross of many cells costs memory in proportion to the rows, not more.
     */
    static SliceCounts[] perGroup(Outcomes outcomes, RowKinds kinds, int[] groupOfRow, int groups) {
        boolean regression = outcomes.task() == Task.REGRESSION;
        boolean transcription = outcomes.task() == Task.TRANSCRIPTION;
        byte[] kindOf = kinds.kinds();
        int chunkRows = Math.max(RowChunks.DEFAULT_CHUNK_ROWS, groups * COUNTERS);
        Partial all = RowChunks.reduce(
                outcomes.rowCount(),
                chunkRows,
                () -> new Partial(groups, regression, transcription),
                (partial, from, to) -> {
                    int[] counters = partial.counters;
                    for (int row = from; row < to; row++) {
                        int kind = kindOf[row];
                        int at = groupOfRow[row] * COUNTERS;
                        counters[at + ROWS]++;
                        counters[at + EVALUABLE] += kind & RowKinds.EVALUABLE;
                        counters[at + ERRORS] += (kind & RowKinds.ERROR) >> 1;
                        counters[at + DECISION_CELLS + RowKinds.cell(kind)] += RowKinds.decidedCount(kind);
                    }
                    if (regression) {
                        for (int row = from; row < to; row++) {
                            if ((kindOf[row] & RowKinds.EVALUABLE) != 0) {
                                partial.residuals[groupOfRow[row]].add(outcomes.actual(row), outcomes.predicted(row));
                            }
                        }
                    }
                    if (transcription) {
                        for (int row = from; row < to; row++) {
                            if ((kindOf[row] & RowKinds.EVALUABLE) != 0) {
                                partial.transcripts[groupOfRow[row]].add(outcomes.transcripts(), row);
                            }
                        }
                    }
                },
                Partial::merge);
        SliceCounts[] counts = new SliceCounts[groups];
        for (int group = 0; group < groups; group++) {
            int at = group * COUNTERS;
            int[] c = all.counters;
            RateCounts rates = RowKinds.rateCounts(cell -> c[at + DECISION_CELLS + cell]);
            counts[group] = new SliceCounts(
                    c[at + ROWS],
                    c[at + EVALUABLE],
                    c[at + ERRORS],
                    rates,
                    regression ? all.residuals[group] : new RegressionSums(),
                    transcription ? all.transcripts[group] : new TranscriptionSums());
        }
        return counts;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    RateCounts rates() {
        return rates;
    }

    Slice slice(String value, Task task, BinaryRates overall, ScoreMetrics scores) {
        Proportion errorRate = Proportion.of(errors, evaluable);
        return new Slice(
                value,
                rows,
                evaluable,
                errors,
                errorRate,
                Proportion.of(evaluable - errors, evaluable),
                overall == null ? null : RateGaps.of(rates.rates(), overall),
                task == Task.REGRESSION ? residuals.metrics() : null,
                task == Task.TRANSCRIPTION ? transcripts.metrics() : null,
                scores);
    }

    /** What one chunk of rows counted. */
    private static final class Partial {

        final int[] counters;
        final RegressionSums[] residuals;
        final TranscriptionSums[] transcripts;

        Partial(int groups, boolean regression, boolean transcription) {
            counters = new int[groups * COUNTERS];
            residuals = new RegressionSums[regression ? groups : 0];
            for (int group = 0; group < residuals.length; group++) {
                residuals[group] = new RegressionSums();
            }
            transcripts = new TranscriptionSums[transcription ? groups : 0];
            for (int group = 0; group < transcripts.length; group++) {
                transcripts[group] = new TranscriptionSums();
            }
        }

        Partial merge(Partial later) {
            for (int i = 0; i < counters.length; i++) {
                counters[i] += later.counters[i];
            }
            for (int group = 0; group < residuals.length; group++) {
                residuals[group] = residuals[group].merge(later.residuals[group]);
            }
            for (int group = 0; group < transcripts.length; group++) {
                transcripts[group].merge(later.transcripts[group]);
            }
            return this;
        }
    }
}
