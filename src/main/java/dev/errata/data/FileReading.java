package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/** Reads one CSV file whole, with each column stored as its role and its sampled cells ask. */
final class FileReading {

    private final Path file;
    private final CsvSample sample;
    private final boolean strict;
    private final List<String> warnings;
    private final LongSupplier memoryBudget;

    FileReading(Path file, CsvSample sample, boolean strict, List<String> warnings, LongSupplier memoryBudget) {
        this.file = file;
        this.sample = sample;
        this.strict = strict;
        this.warnings = warnings;
        this.memoryBudget = memoryBudget;
    }

    private long fileBytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    FileTable read(ColumnRoles roles, boolean regression, Progress progress) {
        String[] names = sample.header().names();
        CellKind[] kinds = TaskInference.kinds(sample, roles, regression);
        MemoryEstimate.requireRoom(file, MemoryEstimate.bytesToLoad(fileBytes(), sample, kinds), memoryBudget.getAsLong());
        CsvTableReader reader = new CsvTableReader(file, sample, strict);
        ColumnAssembler assembled = new ColumnAssembler(reader.read(kinds, progress));
        List<Integer> text = assembled.columnsThatAreText(kinds);
        if (!text.isEmpty()) {
            // The sample said numbers, a later cell said text: read again with those columns as text.
            text.forEach(c -> kinds[c] = CellKind.TEXT);
            assembled = new ColumnAssembler(reader.read(kinds, progress));
        }
        sample.state().requireUnchanged();
        if (assembled.rows() == 0) {
            throw new BadInputException(file, sample.header().dataLine(), 1, "the file has a header but no rows");
        }
        for (int c = 0; c < names.length; c++) {
            if (kinds[c].isRequired() && assembled.badNumbers(c) > 0) {
                CellSink first = assembled.firstBadNumber(c);
                warnings.add("column \"" + names[c] + "\" needs " + kinds[c].need(Double.NaN) + " but holds something else in "
                        + Plural.of(assembled.badNumbers(c), "cell")
                        + ", read as missing (first at " + file.getFileName() + ":" + first.firstBadLine + ":"
                        + first.firstBadColumn + ", \"" + first.firstBadText + "\")");
            }
        }
        ColumnAssembler blocks = assembled;
        List<Column> columns = IntStream.range(0, names.length).parallel().mapToObj(c -> blocks.column(names[c], c)).toList();
        return new FileTable(file, List.of(names), columns, assembled.lines());
    }
}
