package dev.errata.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a sample's rows as CSV with {@code \n} line ends on every system, so the bytes never depend on where they were made. */
final class SampleCsv {

    private SampleCsv() {
    }

    static void write(Path file, List<String> columns, List<? extends List<?>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(columns);
            for (List<?> row : rows) {
                csv.printRecord(row);
            }
        }
    }
}
