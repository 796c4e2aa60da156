package dev.errata.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A CSV file: its head sampled first, for its header and the label's values, then read whole, or taken from
 * the table cache when the same file was read the same way before.
 */
final class CsvTableSource implements TableSource {

    private final CsvSample sample;
    private final boolean strict;
    private final LongSupplier memoryBudget;
    private final TableCache cache;
    private final Progress progress;

    CsvTableSource(CsvSample sample, boolean strict, LongSupplier memoryBudget, TableCache cache, Progress progress) {
        this.sample = sample;
        this.strict = strict;
        this.memoryBudget = memoryBudget;
        this.cache = cache;
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
        CellKind[] kinds = TaskInference.kinds(sample, roles, regression);
        CsvSource source = sample.source();
        Optional<TableCache.Key> key = cache.key(source, strict, kinds);
        Optional<TableCache.Table> kept = key.flatMap(k -> cache.find(k, source.file(), memoryBudget));
        if (kept.isPresent()) {
            TableCache.Table table = kept.get();
            warnings.addAll(table.warnings());
            progress.update(1);
            return FileTable.ofCsv(source, table.names(), table.columns(), table.lines());
        }
        Instant started = Instant.now();
        List<String> readWarnings = new ArrayList<>();
        FileReading reading = new FileReading(sample, strict, readWarnings, memoryBudget);
        FileTable read = reading.read(kinds, progress);
        warnings.addAll(readWarnings);
        if (key.isPresent() && reading.source() == source) {
            cache.keep(
                    key.get(), started, new TableCache.Table(read.columns(), read.lines(), List.copyOf(readWarnings)));
        }
        return read;
    }
}
