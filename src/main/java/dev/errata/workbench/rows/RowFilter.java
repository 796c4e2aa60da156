package dev.errata.workbench.rows;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import java.util.List;
import java.util.Locale;
import org.roaringbitmap.RoaringBitmap;

/**
 * Which rows the table shows: every condition set must hold.
 *
 * @param search text any cell of the row contains, ignoring case; empty for any row
 * @param tag the tag the rows must carry, or null
 * @param columns the conditions set in column headers
 */
public record RowFilter(
        String search,
        boolean errorsOnly,
        boolean untagged,
        boolean notReviewed,
        String tag,
        List<ColumnCondition> columns) {

    public static final RowFilter NONE = new RowFilter("", false, false, false, null);

    public RowFilter(String search, boolean errorsOnly, boolean untagged, boolean notReviewed, String tag) {
        this(search, errorsOnly, untagged, notReviewed, tag, List.of());
    }

    public RowFilter {
        columns = List.copyOf(columns);
    }

    /** Whether the filter keeps every row. */
    public boolean isEmpty() {
        return (search == null || search.isBlank())
                && !errorsOnly
                && !untagged
                && !notReviewed
                && tag == null
                && columns.isEmpty();
    }

    public RoaringBitmap rows(Dataset dataset, RoaringBitmap errors, MarkedRows marks) {
        RoaringBitmap rows = RoaringBitmap.bitmapOfRange(0, dataset.rowCount());
        if (errorsOnly) {
            rows.and(errors);
        }
        if (untagged) {
            rows.andNot(marks.anyTag());
        }
        if (notReviewed) {
            rows.andNot(marks.reviewed());
        }
        if (tag != null) {
            rows.and(marks.rowsOf(tag));
        }
        for (ColumnCondition condition : columns) {
            rows = condition.keep(dataset, rows);
        }
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? rows : matching(dataset, rows, needle);
    }

    /**
     * Text columns are matched once per level rather than once per row. A number is written with digits, a
     * point and a minus sign alone (an exponent's "E" is upper case and the needle is not), so a needle with
     * any other character skips the numeric columns rather than write out every number of them.
     */
    private static RoaringBitmap matching(Dataset dataset, RoaringBitmap candidates, String needle) {
        RoaringBitmap found = new RoaringBitmap();
        boolean couldBeNumber = needle.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '-');
        for (Column column : dataset.columns()) {
            if (column instanceof CategoricalColumn text) {
                boolean[] levelMatches = new boolean[text.levelCount()];
                for (int code = 0; code < levelMatches.length; code++) {
                    levelMatches[code] =
                            text.level(code).toLowerCase(Locale.ROOT).contains(needle);
                }
                candidates.forEach((int row) -> {
                    int code = text.code(row);
                    if (code >= 0 && levelMatches[code]) {
                        found.add(row);
                    }
                });
            } else if (couldBeNumber) {
                candidates.forEach((int row) -> {
                    if (column.text(row).contains(needle)) {
                        found.add(row);
                    }
                });
            }
        }
        return found;
    }
}
