package dev.errata.data;

import java.nio.file.Path;
import java.util.List;

/** One CSV file read into columns, before it is joined with another or given roles. */
record FileTable(CsvSource source, List<String> names, List<Column> columns, int[] lines) {

    Path file() {
        return source.file();
    }

    int rows() {
        return lines.length;
    }

    int indexOf(String name) {
        return names.indexOf(name);
    }

    Column column(String name) {
        return columns.get(indexOf(name));
    }
}
