package dev.errata.data;

import java.util.List;
import java.util.function.LongSupplier;

/** A CSV file: its head sampled first, for its header and the label's values, then read whole. */
final class CsvTableSource implements TableSource {

    private final CsvSample sample;
    private final boolean strict;
    private final LongSupplier memoryBudget;
    private final Progress progress;

    CsvTableSource(CsvSample sample, boolean strict, LongSupplier memoryBudget, Progress progress) {
        this.sample = sample;
        this.strict = strict;
        this.memoryBudget = memoryBudget;
        this.progress = progress;
    }

    @Override
    public List<String> names() {
        return List.of(sample.header().names());
    }

    @Override
    public boolean isRegression(ColumnRoles roles) {
        return TaskInference.isRegression(roles, sample);
    }

    @Override
    public FileTable read(ColumnRoles roles, boolean regression, List<String> warnings) {
        return new FileReading(sample, strict, warnings, memoryBudget).read(roles, regression, progress);
    }
}
