package dev.errata.metrics;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.roaringbitmap.RoaringBitmap;

/**
 * A partition of the rows into slices: by the values of a text column, by quantile bins of a numeric
 * column, or by the cells of a cross of two partitions. Missing values form their own group,
 * {@value #MISSING}, placed last. A cross keeps only the cells that hold rows.
 */
public final class RowGroups {

    public static final String MISSING = "(missing)";
    public static final String CROSS = " × ";
    /** Bounds the work of numbering the cells of a cross. */
    public static final int MAX_CROSS_CELLS = 1 << 24;

    private final String column;
    private final int groupCount;
    private final IntFunction<String> labels;
    private final IntFunction<String> rules;
    private final int[] groupOfRow;

    private RowGroups(
            String column, int groupCount, IntFunction<String> labels, IntFunction<String> rules, int[] groupOfRow) {
        this.column = column;
        this.groupCount = groupCount;
        this.labels = labels;
        this.rules = rules;
        this.groupOfRow = groupOfRow;
    }

    /**
     * Groups by one column: text values in the order of {@link ClassLabels#sorted}, numbers in up to
     * {@code bins} quantile bins.
     */
    public static RowGroups of(Dataset data, String columnName, int bins) {
        Column column = data.column(columnName);
        return column instanceof CategoricalColumn categorical
                ? byValue(categorical)
                : byBin((NumericColumn) column, bins);
    }

    private static RowGroups byValue(CategoricalColumn column) {
        List<String> values = ClassLabels.sorted(column.levels());
        Map<String, Integer> groupOfValue = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            groupOfValue.put(values.get(i), i);
        }
        int[] groupOfCode = new int[column.levelCount()];
        for (int code = 0; code < groupOfCode.length; code++) {
            groupOfCode[code] = groupOfValue.get(column.level(code));
        }
        int missing = values.size();
        int[] groups = new int[column.size()];
        for (int row = 0; row < groups.length; row++) {
            int code = column.code(row);
            groups[row] = code == CategoricalColumn.MISSING ? missing : groupOfCode[code];
        }
        return withMissing(column.name(), values, group -> SliceRule.equalTo(column.name(), values.get(group)), groups);
    }

    private static RowGroups byBin(NumericColumn column, int bins) {
        double[] values = column.values();
        QuantileBins quantiles = QuantileBins.of(values, bins);
        int missing = quantiles.binCount();
        int[] groups = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            groups[row] = Double.isNaN(values[row]) ? missing : quantiles.binOf(values[row]);
        }
        return withMissing(column.name(), quantiles.labels(), bin -> quantiles.rule(column.name(), bin), groups);
    }

    /** The given groups plus a last one for missing values. */
    private static RowGroups withMissing(String column, List<String> labels, IntFunction<String> rules, int[] groups) {
        List<String> all = new ArrayList<>(labels);
        all.add(MISSING);
        int missing = labels.size();
        return new RowGroups(
                column,
                all.size(),
                all::get,
                group -> group == missing ? SliceRule.missing(column) : rules.apply(group),
                groups);
    }

    /** The cells of two partitions that hold rows, in the order of the first then the second, labelled {@code a × b}. */
    public static RowGroups cross(RowGroups first, RowGroups second) {
        int across = second.groupCount;
        long cells = (long) first.groupCount * across;
        if (cells > MAX_CROSS_CELLS) {
            throw new IllegalArgumentException("crossing " + first.column + " and " + second.column + " makes " + cells
                    + " cells; at most " + MAX_CROSS_CELLS + " can be shown");
        }
        int[] cellOfRow = new int[first.groupOfRow.length];
        boolean[] occupied = new boolean[(int) cells];
        for (int row = 0; row < cellOfRow.length; row++) {
            cellOfRow[row] = first.groupOfRow[row] * across + second.groupOfRow[row];
            occupied[cellOfRow[row]] = true;
        }
        // number only the occupied cells, so a sparse cross costs no more than its rows
        int[] groupOfCell = new int[occupied.length];
        List<Integer> cellOfGroup = new ArrayList<>();
        for (int cell = 0; cell < occupied.length; cell++) {
            if (occupied[cell]) {
                groupOfCell[cell] = cellOfGroup.size();
                cellOfGroup.add(cell);
            }
        }
        for (int row = 0; row < cellOfRow.length; row++) {
            cellOfRow[row] = groupOfCell[cellOfRow[row]];
        }
        return new RowGroups(
                first.column + CROSS + second.column,
                cellOfGroup.size(),
                group -> {
                    int cell = cellOfGroup.get(group);
                    return first.label(cell / across) + CROSS + second.label(cell % across);
                },
                group -> {
                    int cell = cellOfGroup.get(group);
                    return SliceRule.both(first.rule(cell / across), second.rule(cell % across));
                },
                cellOfRow);
    }

    /** The column name, or {@code a × b} for a cross. */
    public String column() {
        return column;
    }

    public int groupCount() {
        return groupCount;
    }

    public String label(int group) {
        return labels.apply(group);
    }

    /** The rule text that holds exactly the group's rows (see {@link SliceRule}). */
    public String rule(int group) {
        return rules.apply(group);
    }

    public int groupOf(int row) {
        return groupOfRow[row];
    }

    /** The group of every row, for tight loops in metrics; callers must not modify it. */
    int[] groupOfRow() {
        return groupOfRow;
    }

    /** The rows of one group, e.g. to filter the table to a clicked slice. */
    public RoaringBitmap rows(int group) {
        RoaringBitmap rows = new RoaringBitmap();
        for (int row = 0; row < groupOfRow.length; row++) {
            if (groupOfRow[row] == group) {
                rows.add(row);
            }
        }
        return rows;
    }
}
