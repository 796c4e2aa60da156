package dev.errata.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One data file read into columns, before it is joined with another or given roles.
 *
 * @param lines each row's line: in a CSV file its own, in a Parquet file the line it would have in the same
 *     table as CSV
 * @param places where a row's field begins on its line, for messages about a cell found after reading
 */
record FileTable(Path file, List<String> names, List<Column> columns, int[] lines, CellPlaces places) {

    /** The character column where a field of a line begins. */
    interface CellPlaces {
        int column(int line, int field);
    }

    /**
     * A CSV file's table, whose cells are placed by reading their lines again.
     *
     * @param fields each column's field in the file's records, which differs from its place among the columns
     *     where the read left columns out
     */
    static FileTable ofCsv(CsvSource source, List<String> names, int[] fields, List<Column> columns, int[] lines) {
        return new FileTable(
                source.file(),
                names,
                columns,
                lines,
                (line, column) -> CellLocator.column(source, line, fields[column]));
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

    /** A problem with a row's field found after reading, pointing where the file holds it. */
    BadInputException problem(int row, int field, String problem) {
        int line = lines[row];
        return new BadInputException(file, line, places.column(line, field), problem);
    }
}
