package dev.errata.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV every export is written in: RFC 4180 with a header, numbers as plain numbers, and text that a
 * spreadsheet would run as a formula made inert with a leading single quote (OWASP's advice on CSV
 * injection). A number stays a number, so {@code -0.5} is not quoted away.
 */
final class ExportCsv implements Closeable {

    private static final CSVFormat MINIMAL =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat QUOTED =
            MINIMAL.builder().setQuoteMode(QuoteMode.ALL).get();

    private final Writer out;

    ExportCsv(Writer out, List<String> header) throws IOException {
        this.out = out;
        row(header.stream().map(ExportCsv::text).toList());
    }

    /** Text as a cell: inert when it would start a formula, unless it is a plain number ({@link SpreadsheetText}). */
    static String text(String value) {
        return SpreadsheetText.inert(value);
    }

    /** A number as a cell; an undefined one (NaN) is an empty cell. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** One record of cells already made by {@link #text}, {@link #number} or {@link #flag}; a cell with a separator of any locale is quoted. */
    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            (cell.indexOf(';') >= 0 ? QUOTED : MINIMAL).print(cell, out, i == 0);
        }
        MINIMAL.println(out);
    }

    /** Starts a record's cells. */
    static List<String> cells() {
        return new ArrayList<>();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
