package dev.errata.workbench.rows;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import org.roaringbitmap.RoaringBitmap;

/** A condition on one column that a row must meet to be shown, set in the column's header. */
public sealed interface ColumnCondition {

    String column();

    /** The candidates that meet the condition. */
    RoaringBitmap keep(Dataset dataset, RoaringBitmap candidates);

    /**
     * Numbers from {@code min} to {@code max}, both included; null leaves that side open. A missing value
     * meets no range.
     */
    record NumberRange(String column, Double min, Double max) implements ColumnCondition {
        @Override
        public RoaringBitmap keep(Dataset dataset, RoaringBitmap candidates) {
            NumericColumn numbers = dataset.numeric(column);
            double low = min == null ? Double.NEGATIVE_INFINITY : min;
            double high = max == null ? Double.POSITIVE_INFINITY : max;
            RoaringBitmap kept = new RoaringBitmap();
            candidates.forEach((int row) -> {
                double value = numbers.value(row);
                if (value >= low && value <= high) {
                    kept.add(row);
                }
            });
            return kept;
        }
    }

    /** Text equal to one value, compared by its level code rather than string by string. */
    record TextValue(String column, String value) implements ColumnCondition {
        @Override
        public RoaringBitmap keep(Dataset dataset, RoaringBitmap candidates) {
            CategoricalColumn text = dataset.categorical(column);
            int code = text.codeOf(value);
            RoaringBitmap kept = new RoaringBitmap();
            candidates.forEach((int row) -> {
                if (code >= 0 && text.code(row) == code) {
                    kept.add(row);
                }
            });
            return kept;
        }
    }
}
