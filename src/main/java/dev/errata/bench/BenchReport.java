package dev.errata.bench;

import java.util.List;

/** What a benchmark run measured, on what. */
public record BenchReport(Environment environment, long fileBytes, int rows, int columns, List<Measurement> figures) {

    public BenchReport {
        figures = List.copyOf(figures);
    }

    public boolean allTargetsMet() {
        return figures.stream().allMatch(Measurement::met);
    }
}
