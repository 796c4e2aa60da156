package dev.errata.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table of text cells under a header, rendered for a terminal, as HTML or as Markdown. */
final class ReportTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    ReportTable(String... header) {
        this.header = List.of(header);
    }

    ReportTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    ReportTable row(String... cells) {
        return row(Arrays.asList(cells));
    }

    ReportTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.size() + " cells under " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
