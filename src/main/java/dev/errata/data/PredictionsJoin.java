package dev.errata.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Joins a predictions file to a dataset file on an id column. Every dataset row stays; a dataset row
 * without predictions and a prediction without a dataset row are both reported with their count and
 * first ids, never dropped silently.
 */
final class PredictionsJoin {

    private static final int IDS_SHOWN = 5;

    private PredictionsJoin() {}

    /** The dataset's columns followed by the predictions' (less the id), aligned to the dataset's rows. */
    static List<Column> join(FileTable data, FileTable predictions, String idColumn, List<String> warnings) {
        Column dataIds = requireColumn(data, idColumn);
        Column predictionIds = requireColumn(predictions, idColumn);
        RowIdIndex rowOfId = uniqueIds(data, dataIds);
        uniqueIds(predictions, predictionIds);
        int[] targetRow = new int[predictions.rows()];
        List<String> orphans = new ArrayList<>();
        int orphanCount = 0;
        boolean[] matched = new boolean[data.rows()];
        for (int p = 0; p < predictions.rows(); p++) {
            String id = predictionIds.text(p);
            OptionalInt row = rowOfId.row(id);
            targetRow[p] = row.orElse(-1);
            if (row.isEmpty()) {
                if (orphanCount++ < IDS_SHOWN) {
                    orphans.add(id);
                }
            } else {
                matched[row.getAsInt()] = true;
            }
        }
        if (orphanCount > 0) {
            warnings.add(predictions.file().getFileName() + " has " + Plural.rows(orphanCount) + " whose id is not in "
                    + data.file().getFileName() + "; they are left out (first ids: " + Excerpt.names(orphans) + ")");
        }
        reportUnmatched(data, dataIds, matched, predictions, warnings);
        List<Column> columns = new ArrayList<>(data.columns());
        for (int c = 0; c < predictions.names().size(); c++) {
            if (c != predictions.indexOf(idColumn)) {
                columns.add(aligned(
                        predictions.columns().get(c),
                        nameFor(predictions.names().get(c), data),
                        targetRow,
                        data.rows()));
            }
        }
        return columns;
    }

    /** The index of a table's ids; fails at the first row, in file order, whose id is missing or repeated. */
    static RowIdIndex uniqueIds(FileTable table, Column ids) {
        RowIdIndex index = RowIdIndex.of(ids);
        int field = table.indexOf(ids.name());
        if (index.firstMissing >= 0 && (index.firstRepeat < 0 || index.firstMissing < index.firstRepeat)) {
            throw table.problem(
                    index.firstMissing,
                    field,
                    "the id column \"" + Excerpt.cell(ids.name()) + "\" is empty here; every row needs an id");
        }
        if (index.firstRepeat >= 0) {
            throw table.problem(
                    index.firstRepeat,
                    field,
                    "id \"" + Excerpt.cell(ids.text(index.firstRepeat)) + "\" appears twice in column \""
                            + Excerpt.cell(ids.name()) + "\" (also on line " + table.lines()[index.repeated] + ")");
        }
        return index;
    }

    private static void reportUnmatched(
            FileTable data, Column ids, boolean[] matched, FileTable predictions, List<String> warnings) {
        List<String> first = new ArrayList<>();
        int count = 0;
        for (int row = 0; row < matched.length; row++) {
            if (!matched[row] && count++ < IDS_SHOWN) {
                first.add(ids.text(row));
            }
        }
        if (count > 0) {
            warnings.add(data.file().getFileName() + " has " + Plural.rows(count) + " without predictions in "
                    + predictions.file().getFileName() + "; they stay, without a prediction (first ids: "
                    + Excerpt.names(first) + ")");
        }
    }

    private static String nameFor(String name, FileTable data) {
        return data.names().contains(name) ? name + " (predictions)" : name;
    }

    private static Column aligned(Column column, String name, int[] targetRow, int rows) {
        if (column instanceof NumericColumn numbers) {
            double[] values = new double[rows];
            Arrays.fill(values, Double.NaN);
            for (int p = 0; p < targetRow.length; p++) {
                if (targetRow[p] >= 0) {
                    values[targetRow[p]] = numbers.value(p);
                }
            }
            return new NumericColumn(name, values);
        }
        CategoricalColumn text = (CategoricalColumn) column;
        int[] codes = new int[rows];
        Arrays.fill(codes, CategoricalColumn.MISSING);
        for (int p = 0; p < targetRow.length; p++) {
            if (targetRow[p] >= 0) {
                codes[targetRow[p]] = text.code(p);
            }
        }
        return new CategoricalColumn(name, codes, text.levels().toArray(new String[0]));
    }

    private static Column requireColumn(FileTable table, String name) {
        int index = table.indexOf(name);
        if (index < 0) {
            throw new BadInputException(
                    table.file(),
                    1,
                    1,
                    "no column \"" + Excerpt.cell(name) + "\" to join on; the header has "
                            + Excerpt.names(table.names()));
        }
        return table.columns().get(index);
    }
}
