package dev.errata.metrics;

import dev.errata.data.Task;

/** Mergeable counts and sums of the rows of one slice. */
final class SliceCounts {

    private long rows;
    private long evaluable;
    private long errors;
    private final RateCounts rates = new RateCounts();
    private RegressionSums residuals = new RegressionSums();

    void add(Outcomes outcomes, ErrorRows errorRows, BinaryDecision decision, int row) {
        rows++;
        if (decision != null) {
            rates.add(outcomes, decision, row);
        }
        if (!outcomes.isEvaluable(row)) {
            return;
        }
        evaluable++;
        if (ErrorRows.isError(outcomes, row, errorRows.tolerance())) {
            errors++;
        }
        if (outcomes.task() == Task.REGRESSION) {
            residuals.add(outcomes.actual(row), outcomes.predicted(row));
        }
    }

    SliceCounts merge(SliceCounts later) {
        rows += later.rows;
        evaluable += later.evaluable;
        errors += later.errors;
        rates.merge(later.rates);
        residuals = residuals.merge(later.residuals);
        return this;
    }

    RateCounts rates() {
        return rates;
    }

    Slice slice(String value, Task task, BinaryRates overall, ScoreMetrics scores) {
        Proportion errorRate = Proportion.of(errors, evaluable);
        return new Slice(value, rows, evaluable, errors, errorRate, errorRate.complement(),
                overall == null ? null : RateGaps.of(rates.rates(), overall),
                task == Task.REGRESSION ? residuals.metrics() : null, scores);
    }
}
