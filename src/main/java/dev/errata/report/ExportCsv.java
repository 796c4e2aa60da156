package dev.errata.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV every export is written in: RFC 4180 with a header, numbers as plain numbers, and text that a
 * spreadsheet would run as a formula made inert ({@link SpreadsheetText}).
 */
final class ExportCsv implements Closeable {

    private final CSVPrinter printer;

    ExportCsv(Writer out, List<String> header) throws IOException {
        printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        printer.printRecord(header.stream().map(ExportCsv::text).toList());
    }

    /** Text as a cell: inert when it would start a formula ({@link SpreadsheetText}). */
    static String text(String value) {
        return SpreadsheetText.inert(value);
    }

    /** A number as a cell; an undefined one (NaN) is an empty cell. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** One record of cells already made by {@link #text}, {@link #number} or {@link #flag}. */
    void row(List<String> cells) throws IOException {
        printer.printRecord(cells);
    }

    /** Starts a record's cells. */
    static List<String> cells() {
        return new ArrayList<>();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
