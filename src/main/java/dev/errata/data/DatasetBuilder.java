package dev.errata.data;

import java.util.ArrayList;
import java.util.List;

/** Assembles a dataset column by column; rows are keyed by line 2, 3, … as if read from a CSV with a header. */
public final class DatasetBuilder {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private String idColumn;

    public DatasetBuilder(String name) {
        this.name = name;
    }

    public DatasetBuilder numeric(String column, double... values) {
        columns.add(new NumericColumn(column, values));
        return this;
    }

    /** Adds a text column; null or empty values are missing. */
    public DatasetBuilder categorical(String column, String... values) {
        columns.add(CategoricalColumn.of(column, values));
        return this;
    }

    public DatasetBuilder column(Column column) {
        columns.add(column);
        return this;
    }

    public DatasetBuilder idColumn(String column) {
        this.idColumn = column;
        return this;
    }

    public Dataset build() {
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        int[] lines = new int[rows];
        for (int i = 0; i < rows; i++) {
            lines[i] = i + 2;
        }
        return new Dataset(name, columns, lines, idColumn);
    }
}
