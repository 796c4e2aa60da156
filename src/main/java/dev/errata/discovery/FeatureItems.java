package dev.errata.discovery;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.data.Progress;
import dev.errata.metrics.QuantileBins;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The basic slices of the feature columns (every column but the roles'): each value of a text column, each
 * value of a numeric column with few distinct values, else each equal-count bin of it, and the frequent
 * words of a column of free text ({@link WordItems}). Values and bins with
 * fewer rows than the minimum support or without an error are left out, as SliceLine does: no conjunction
 * with them can have enough rows or any error. An item's rows are every row its conditions hold for, so that
 * its rule selects them exactly; its size and errors count the evaluable ones. A value or bin that every
 * evaluable row has (a bin that heavy ties made the whole column) is no condition and is left out too.
 */
final class FeatureItems {

    /** Numeric columns with at most this many distinct values are sliced by value, others into this many bins. */
    static final int BINS = 10;

    private FeatureItems() {}

    /**
     * @param chosen the columns to slice by, empty for every column that plays no role
     * @param evaluable the rows with a label and a prediction, as words
     * @param errors the error rows, as words
     */
    static List<SliceItem> of(
            Dataset data,
            ColumnRoles roles,
            List<String> chosen,
            long[] evaluable,
            long[] errors,
            int minSupport,
            Progress progress) {
        int evaluableRows = RowWords.count(evaluable);
        List<Column> features = chosen.isEmpty()
                ? data.columns().stream()
                        .filter(c -> !roles.columns().contains(c.name()))
                        .toList()
                : chosen.stream().map(data::column).toList();
        // a column's items are built in passes over all rows: the columns take turns on the cores
        List<List<SliceItem>> perColumn = IntStream.range(0, features.size())
                .parallel()
                .mapToObj(feature -> {
                    progress.checkCancelled();
                    Column column = features.get(feature);
                    Groups groups = column instanceof NumericColumn numbers
                            ? binned(numbers)
                            : byValue((CategoricalColumn) column);
                    long[][] rows = groups.rows(data.rowCount(), evaluable, minSupport);
                    List<SliceItem> items = new ArrayList<>();
                    for (int group = 0; group < rows.length; group++) {
                        if (rows[group] == null) {
                            continue;
                        }
                        int size = RowWords.countBoth(rows[group], evaluable);
                        int errorCount = RowWords.countBoth(rows[group], errors);
                        if (size >= minSupport && size < evaluableRows && errorCount > 0) {
                            items.add(new SliceItem(feature, groups.conditions(group), rows[group], size, errorCount));
                        }
                    }
                    if (column instanceof CategoricalColumn text) {
                        items.addAll(WordItems.of(feature, text, evaluable, errors, minSupport, data.rowCount()));
                    }
                    return items;
                })
                .toList();
        return perColumn.stream().flatMap(List::stream).toList();
    }

    private static Groups byValue(CategoricalColumn column) {
        return new Groups(
                column.levelCount(),
                column::code,
                group -> List.of(SliceCondition.text(column.name(), "==", column.level(group))));
    }

    private static Groups binned(NumericColumn column) {
        QuantileBins bins = QuantileBins.of(column.values(), BINS);
        String name = column.name();
        return new Groups(bins.binCount(), row -> column.isMissing(row) ? -1 : bins.binOf(column.value(row)), bin -> {
            if (bins.eachValue()) {
                return List.of(SliceCondition.number(name, "==", bins.low(bin)));
            }
            String below = bin == bins.binCount() - 1 ? "<=" : "<";
            return List.of(
                    SliceCondition.number(name, ">=", bins.low(bin)),
                    SliceCondition.number(name, below, bins.high(bin)));
        });
    }

    /** A column's rows split into groups: a group per row (−1 for none) and each group's conditions. */
    private record Groups(int count, GroupOfRow groupOf, ConditionsOfGroup conditions) {

        /** Each group's rows, null for a group below the minimum support: a column of ids has no memory to spare. */
        long[][] rows(int rowCount, long[] evaluable, int minSupport) {
            // each row's group is looked up once: a bin is a binary search
            int[] groups = new int[rowCount];
            int[] sizes = new int[count];
            for (int row = 0; row < rowCount; row++) {
                int group = groupOf.of(row);
                groups[row] = group;
                if (group >= 0 && RowWords.get(evaluable, row)) {
                    sizes[group]++;
                }
            }
            long[][] rows = new long[count][];
            for (int group = 0; group < count; group++) {
                rows[group] = sizes[group] >= minSupport ? RowWords.empty(rowCount) : null;
            }
            for (int row = 0; row < rowCount; row++) {
                int group = groups[row];
                if (group >= 0 && rows[group] != null) {
                    RowWords.set(rows[group], row);
                }
            }
            return rows;
        }

        List<SliceCondition> conditions(int group) {
            return conditions.of(group);
        }
    }

    private interface GroupOfRow {
        int of(int row);
    }

    private interface ConditionsOfGroup {
        List<SliceCondition> of(int group);
    }
}
