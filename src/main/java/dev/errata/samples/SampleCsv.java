package dev.errata.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a sample's rows as CSV with {@code \n} line ends on every system, so the bytes never depend on where they were made. */
final class SampleCsv {

    private SampleCsv() {}

    /** One row of a sample, drawn from the sample's one seeded random, so every row depends on the seed alone. */
    @FunctionalInterface
    interface RowDraw {
        List<?> draw(int id, SplittableRandom random);
    }

    /** Writes rows 1 to {@code rows}, each drawn in turn from a random seeded with {@code seed}. */
    static void write(Path file, List<String> columns, int rows, long seed, RowDraw draw) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(columns);
            for (int id = 1; id <= rows; id++) {
                csv.printRecord(draw.draw(id, random));
            }
        }
    }
}
