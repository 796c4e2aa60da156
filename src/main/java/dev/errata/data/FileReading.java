package dev.errata.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/** Reads one CSV file whole, with each column stored as its role and its sampled cells ask, or left out. */
final class FileReading {

    private final Path file;
    private CsvSample sample;
    private final boolean strict;
    private final List<String> warnings;
    private final LongSupplier memoryBudget;

    FileReading(CsvSample sample, boolean strict, List<String> warnings, LongSupplier memoryBudget) {
        this.file = sample.source().file();
        this.sample = sample;
        this.strict = strict;
        this.warnings = warnings;
        this.memoryBudget = memoryBudget;
    }

    /** @param kinds how each column is to be stored; a column the sample took for numbers may become text */
    FileTable read(CellKind[] kinds, Progress progress) {
        String[] names = sample.header().names();
        ColumnAssembler assembled = readAll(kinds, progress);
        CsvSource source = sample.source();
        Malformed malformed = assembled.firstMalformed();
        if (malformed != null) {
            String problem = "the byte " + TextEncoding.hex(malformed.value()) + " is not "
                    + TextEncoding.displayName(source.encoding());
            if (source.named()) {
                throw new BadInputException(
                        file, malformed.line(), malformed.column(), problem + ", the encoding named for the file");
            }
            if (!sample.ascii()) {
                // Its first megabyte is UTF-8 with letters beyond ASCII: no single encoding reads both parts.
                throw new BadInputException(
                        file,
                        malformed.line(),
                        malformed.column(),
                        problem + ", which the file is up to here; name its encoding with --encoding");
            }
            sample = CsvSample.take(source.asWindows1252(memoryBudget));
            warnings.add(file.getFileName() + " is not UTF-8 (line " + malformed.line() + " holds the byte "
                    + TextEncoding.hex(malformed.value())
                    + "): read as Windows-1252 (name its encoding with --encoding)");
            assembled = readAll(kinds, progress);
        } else if (!source.named() && TextEncoding.isWindows1252(source.encoding())) {
            warnings.add(
                    file.getFileName() + " is not UTF-8: read as Windows-1252 (name its encoding with --encoding)");
        }
        if (assembled.rows() == 0) {
            throw new BadInputException(file, sample.header().dataLine(), 1, "the file has a header but no rows");
        }
        for (int c = 0; c < names.length; c++) {
            if (kinds[c].isRequired() && assembled.badNumbers(c) > 0) {
                CellSink first = assembled.firstBadNumber(c);
                warnings.add("column \"" + Excerpt.cell(names[c]) + "\" needs " + kinds[c].need(Double.NaN)
                        + " but holds something else in " + Plural.of(assembled.badNumbers(c), "cell")
                        + ", read as missing (first at " + file.getFileName() + ":" + first.firstBadLine + ":"
                        + first.firstBadColumn + ", \"" + Excerpt.cell(first.firstBadText) + "\")");
            }
        }
        ColumnAssembler blocks = assembled;
        int[] read = ColumnChoice.fieldsRead(kinds);
        List<Column> columns = Arrays.stream(read)
                .parallel()
                .mapToObj(c -> blocks.column(names[c], c))
                .toList();
        return FileTable.ofCsv(
                source, Arrays.stream(read).mapToObj(c -> names[c]).toList(), read, columns, assembled.lines());
    }

    /** The file as it was read: the sample's, or the same file converted when it turned out not UTF-8. */
    CsvSource source() {
        return sample.source();
    }

    /**
     * Reads the file, and again where the sample misled: with text columns where it took text for numbers,
     * and with int codes where a column it saw few values of holds more than a byte's codes. Checks the file
     * did not change meanwhile.
     */
    private ColumnAssembler readAll(CellKind[] kinds, Progress progress) {
        MemoryEstimate.requireRoom(
                file, MemoryEstimate.bytesToLoad(sample.source().size(), sample, kinds), memoryBudget.getAsLong());
        CsvTableReader reader = new CsvTableReader(sample, strict);
        boolean[] narrow = new boolean[kinds.length];
        for (int c = 0; c < kinds.length; c++) {
            narrow[c] = sample.columns()[c].sample.size() < CellSink.SAMPLE_VALUES;
        }
        ColumnAssembler assembled = reader.read(kinds, narrow, progress);
        List<Integer> text = assembled.columnsThatAreText(kinds);
        List<Integer> wide = assembled.tooManyLevels(kinds);
        if (!text.isEmpty() || !wide.isEmpty()) {
            // The sample said numbers, a later cell said text: read again with those columns as text.
            text.forEach(c -> {
                kinds[c] = CellKind.TEXT;
                narrow[c] = false;
            });
            wide.forEach(c -> narrow[c] = false);
            assembled = reader.read(kinds, narrow, progress);
        }
        sample.source().state().requireUnchanged();
        return assembled;
    }
}
