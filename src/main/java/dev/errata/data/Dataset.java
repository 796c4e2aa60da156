package dev.errata.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable table of examples held as primitive columns. Everything the user adds to a row is keyed
 * by its row id (the id column's value, else the line the record starts on), so it survives re-sorting
 * and re-loading.
 */
public final class Dataset {

    private final String name;
    private final Map<String, Column> columns;
    private final int rowCount;
    private final int[] lines;
    private final String idColumn;
    private volatile RowIdIndex rowsById;

    /**
     * @param lines the 1-based line of the source file where each row starts
     * @param idColumn the column holding row ids, or null to key rows by their line
     */
    public Dataset(String name, List<Column> columns, int[] lines, String idColumn) {
        this(name, columns, lines, idColumn, null);
    }

    /** @param ids the index of {@code idColumn}, when the loader built one to check the ids */
    Dataset(String name, List<Column> columns, int[] lines, String idColumn, RowIdIndex ids) {
        this.name = name;
        this.rowsById = ids;
        this.rowCount = lines.length;
        this.lines = lines;
        this.columns = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException(
                        "column " + c.name() + " has " + c.size() + " rows, expected " + rowCount);
            }
            if (this.columns.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column " + c.name());
            }
        }
        if (idColumn != null && !this.columns.containsKey(idColumn)) {
            throw new IllegalArgumentException("no id column " + idColumn);
        }
        this.idColumn = idColumn;
    }

    public String name() {
        return name;
    }

    public int rowCount() {
        return rowCount;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public Optional<Column> find(String columnName) {
        return Optional.ofNullable(columns.get(columnName));
    }

    /** The named column; fails with a message listing the columns there are. */
    public Column column(String columnName) {
        Column c = columns.get(columnName);
        if (c == null) {
            throw new NoSuchColumnException(name, columnName, columnNames());
        }
        return c;
    }

    public NumericColumn numeric(String columnName) {
        Column c = column(columnName);
        if (c instanceof NumericColumn n) {
            return n;
        }
        throw new IllegalArgumentException(
                "column \"" + Excerpt.cell(columnName) + "\" of " + name + " holds text, not numbers");
    }

    public CategoricalColumn categorical(String columnName) {
        Column c = column(columnName);
        if (c instanceof CategoricalColumn cat) {
            return cat;
        }
        throw new IllegalArgumentException(
                "column \"" + Excerpt.cell(columnName) + "\" of " + name + " holds numbers, not text");
    }

    /** The 1-based line of the source file where the row starts, for messages that point into the file. */
    public int lineOf(int row) {
        return lines[row];
    }

    public Optional<String> idColumn() {
        return Optional.ofNullable(idColumn);
    }

    public String rowId(int row) {
        return idColumn == null
                ? Integer.toString(lines[row])
                : columns.get(idColumn).text(row);
    }

    /** The row holding an id, if any. */
    public OptionalInt rowOf(String rowId) {
        RowIdIndex index = rowsById;
        if (index == null) {
            index = idColumn == null ? RowIdIndex.ofLines(lines) : RowIdIndex.of(columns.get(idColumn));
            rowsById = index;
        }
        return index.row(rowId);
    }
}
