package dev.errata.metrics;

/** Mergeable counts of (true class, predicted class) pairs. */
public final class ConfusionCounts {

    private final int classes;
    private final long[] counts;

    public ConfusionCounts(int classes) {
        this.classes = classes;
        this.counts = new long[classes * classes];
    }

    public void add(int trueClass, int predictedClass) {
        counts[trueClass * classes + predictedClass]++;
    }

    public ConfusionCounts merge(ConfusionCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    public long count(int trueClass, int predictedClass) {
        return counts[trueClass * classes + predictedClass];
    }

    public int classCount() {
        return classes;
    }

    /** Counts the evaluable rows of a classification, in parallel chunks. */
    public static ConfusionCounts over(Outcomes outcomes) {
        int k = outcomes.classes().size();
        return RowChunks.reduce(outcomes.rowCount(), () -> new ConfusionCounts(k), (counts, from, to) -> {
            for (int row = from; row < to; row++) {
                if (outcomes.isEvaluable(row)) {
                    counts.add(outcomes.labelClass(row), outcomes.predictedClass(row));
                }
            }
        }, ConfusionCounts::merge);
    }
}
