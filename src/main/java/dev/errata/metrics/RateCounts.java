package dev.errata.metrics;

/** Mergeable counts of a binary decision against the labels: the four cells of a 2×2 confusion matrix. */
public final class RateCounts {

    private long truePositives;
    private long falsePositives;
    private long trueNegatives;
    private long falseNegatives;

    public RateCounts() {}

    public RateCounts(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
        this.trueNegatives = trueNegatives;
        this.falseNegatives = falseNegatives;
    }

    /** Counts the row when the decision applies to it. */
    public void add(Outcomes outcomes, BinaryDecision decision, int row) {
        if (!decision.applies(row)) {
            return;
        }
        boolean actual = outcomes.isActualPositive(row);
        if (decision.isPredictedPositive(row)) {
            if (actual) {
                truePositives++;
            } else {
                falsePositives++;
            }
        } else if (actual) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    public RateCounts merge(RateCounts other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        trueNegatives += other.trueNegatives;
        falseNegatives += other.falseNegatives;
        return this;
    }

    public BinaryRates rates() {
        return BinaryRates.of(truePositives, falsePositives, trueNegatives, falseNegatives);
    }
}
