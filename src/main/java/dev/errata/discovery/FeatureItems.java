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
 * value of a numeric column with few distinct values, else each range of its equal-count bins
 * ({@link RangeItems}), and the frequent words of a column of free text ({@link WordItems}). Slices with
 * fewer rows than the minimum support or without an error are left out, as SliceLine does: no conjunction
 * with them can have enough rows or any error. An item's rows are every row its conditions hold for, so that
 * its rule selects them exactly; its size and errors count the evaluable ones. A slice that every evaluable
 * row is in (a bin that heavy ties made the whole column) is no condition and is left out too.
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
        List<Column> features = chosen.isEmpty()
                ? data.columns().stream()
                        .filter(c -> !roles.columns().contains(c.name()))
                        .toList()
                : chosen.stream().map(data::column).toList();
        Counts counts = new Counts(data.rowCount(), evaluable, errors, RowWords.count(evaluable), minSupport);
        // a column's items are built in passes over all rows: the columns take turns on the cores
        List<List<SliceItem>> perColumn = IntStream.range(0, features.size())
                .parallel()
                .mapToObj(feature -> {
                    progress.checkCancelled();
                    return features.get(feature) instanceof NumericColumn numbers
                            ? numeric(feature, numbers, counts)
                            : text(feature, (CategoricalColumn) features.get(feature), counts);
                })
                .toList();
        return perColumn.stream().flatMap(List::stream).toList();
    }

    private static List<SliceItem> numeric(int feature, NumericColumn column, Counts counts) {
        QuantileBins bins = QuantileBins.of(column.values(), BINS);
        GroupOfRow binOf = row -> column.isMissing(row) ? -1 : bins.binOf(column.value(row));
        if (bins.eachValue()) {
            long[][] rows = groupRows(bins.binCount(), binOf, counts, counts.minSupport());
            return counts.items(
                    feature, rows, value -> List.of(SliceCondition.number(column.name(), "==", bins.low(value))));
        }
        // every bin, however small: a range of small bins may have the support
        long[][] binRows = groupRows(bins.binCount(), binOf, counts, 0);
        return RangeItems.of(feature, column.name(), bins, binRows, counts);
    }

    private static List<SliceItem> text(int feature, CategoricalColumn column, Counts counts) {
        long[][] rows = groupRows(column.levelCount(), column::code, counts, counts.minSupport());
        List<SliceItem> items = new ArrayList<>(counts.items(
                feature, rows, level -> List.of(SliceCondition.text(column.name(), "==", column.level(level)))));
        items.addAll(WordItems.of(feature, column, counts));
        return items;
    }

    /**
     * Each group's rows, null for a group of fewer evaluable rows than {@code minSupport}: a column of ids has no
     * memory to spare.
     */
    private static long[][] groupRows(int count, GroupOfRow groupOf, Counts counts, int minSupport) {
        int rowCount = counts.rowCount();
        // each row's group is looked up once: a bin is a binary search
        int[] groups = new int[rowCount];
        int[] sizes = new int[count];
        for (int row = 0; row < rowCount; row++) {
            int group = groupOf.of(row);
            groups[row] = group;
            if (group >= 0 && RowWords.get(counts.evaluable(), row)) {
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

    /**
     * What decides whether a set of rows is a basic slice: its evaluable rows and errors, against the minimum
     * support and the evaluable rows in all.
     */
    record Counts(int rowCount, long[] evaluable, long[] errors, int evaluableRows, int minSupport) {

        /** The item of these rows, or null when they are too few, all, or without an error. */
        SliceItem item(int feature, List<SliceCondition> conditions, long[] rows) {
            int size = RowWords.countBoth(rows, evaluable);
            int errorCount = RowWords.countBoth(rows, errors);
            if (size >= minSupport && size < evaluableRows && errorCount > 0) {
                return new SliceItem(feature, conditions, rows, size, errorCount);
            }
            return null;
        }

        /** The items of groups' rows (null for a group left out), each group's conditions as given. */
        List<SliceItem> items(int feature, long[][] rows, ConditionsOfGroup conditions) {
            List<SliceItem> items = new ArrayList<>();
            for (int group = 0; group < rows.length; group++) {
                SliceItem item = rows[group] == null ? null : item(feature, conditions.of(group), rows[group]);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }
    }

    private interface GroupOfRow {
        int of(int row);
    }

    interface ConditionsOfGroup {
        List<SliceCondition> of(int group);
    }
}
