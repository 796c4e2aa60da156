package dev.errata.discovery;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.metrics.SliceRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.roaringbitmap.RoaringBitmap;

/**
 * The conditions a rule for "more like this" may split on, each with the rows of the whole data it holds
 * under the rule language's meaning (a missing value matches no comparison): {@code column == "value"} for
 * text, {@code column <= number} for numbers, at values the reviewed rows hold.
 */
final class MoreLikeThisConditions {

    /** Thresholds per numeric column at most: quantiles of the reviewed rows' values beyond this many. */
    private static final int MAX_THRESHOLDS = 64;
    /** Levels per text column at most: a column of more distinct values (names, free text) does not generalise. */
    private static final int MAX_LEVELS = 50;

    /**
     * One condition: its rule text, the text of its complement (a comparison the other way when the column
     * has no missing value, else {@code not} before it, which holds the missing values too) and the rows it
     * holds.
     */
    record Condition(String text, String complement, RoaringBitmap rows) {}

    private MoreLikeThisConditions() {}

    /** Every condition over the data's columns other than {@code skipped} (the id), at the reviewed rows' values. */
    static List<Condition> of(Dataset data, RoaringBitmap reviewed, String skipped) {
        List<Condition> conditions = new ArrayList<>();
        for (Column column : data.columns()) {
            if (column.name().equals(skipped) || column.name().indexOf('`') >= 0) {
                continue;
            }
            if (column instanceof NumericColumn numeric) {
                conditions.addAll(numeric(numeric, reviewed));
            } else {
                conditions.addAll(text((CategoricalColumn) column, reviewed));
            }
        }
        return conditions;
    }

    private static List<Condition> numeric(NumericColumn column, RoaringBitmap reviewed) {
        double[] values = reviewed.stream()
                .mapToDouble(column::value)
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .distinct()
                .toArray();
        // the largest value splits nothing off: every present value is at most it
        double[] thresholds = values.length <= MAX_THRESHOLDS + 1
                ? Arrays.copyOf(values, Math.max(values.length - 1, 0))
                : IntStream.range(1, MAX_THRESHOLDS + 1)
                        .mapToDouble(i -> values[i * (values.length - 1) / (MAX_THRESHOLDS + 1)])
                        .distinct()
                        .toArray();
        double[] all = column.values();
        boolean complete = Arrays.stream(all).noneMatch(Double::isNaN);
        List<Condition> conditions = new ArrayList<>();
        for (double t : thresholds) {
            RoaringBitmap rows = new RoaringBitmap();
            for (int row = 0; row < all.length; row++) {
                if (all[row] <= t) {
                    rows.add(row);
                }
            }
            String text = SliceRule.atMost(column.name(), t);
            conditions.add(new Condition(text, complete ? SliceRule.above(column.name(), t) : "not " + text, rows));
        }
        return conditions;
    }

    private static List<Condition> text(CategoricalColumn column, RoaringBitmap reviewed) {
        int[] present = reviewed.stream()
                .map(column::code)
                .filter(c -> c != CategoricalColumn.MISSING)
                .distinct()
                .sorted()
                .toArray();
        if (present.length == 0 || present.length > MAX_LEVELS) {
            return List.of();
        }
        RoaringBitmap[] byCode = new RoaringBitmap[column.levelCount()];
        for (int code : present) {
            byCode[code] = new RoaringBitmap();
        }
        boolean complete = true;
        for (int row = 0; row < column.size(); row++) {
            int code = column.code(row);
            complete &= code != CategoricalColumn.MISSING;
            if (code != CategoricalColumn.MISSING && byCode[code] != null) {
                byCode[code].add(row);
            }
        }
        List<Condition> conditions = new ArrayList<>();
        for (int code : present) {
            String level = column.level(code);
            if (level.indexOf('"') >= 0 && level.indexOf('\'') >= 0) {
                continue;
            }
            String text = SliceRule.equalTo(column.name(), level);
            conditions.add(new Condition(
                    text, complete ? SliceRule.notEqualTo(column.name(), level) : "not " + text, byCode[code]));
        }
        return conditions;
    }
}
