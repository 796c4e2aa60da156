package dev.errata.ui.table;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Dataset;
import dev.errata.workbench.rows.ColumnCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** What the header of each data column filters by: a range for numbers, one value for text. */
public final class ColumnFilters {

    private final Dataset dataset;
    private final ObservableList<ColumnCondition> conditions;

    public ColumnFilters(RowsViewModel rows) {
        this.dataset = rows.dataset();
        this.conditions = rows.columnConditions();
    }

    public boolean isText(String column) {
        return dataset.column(column) instanceof CategoricalColumn;
    }

    /** The values a text column holds, to choose one from. */
    public List<String> values(String column) {
        return dataset.column(column) instanceof CategoricalColumn text
                ? text.levels().stream().sorted().toList()
                : List.of();
    }

    /**
     * Keeps the rows whose number lies from {@code min} to {@code max}; a blank bound is open, both blank
     * clear the filter.
     *
     * @return false, changing nothing, when a bound is not a number
     */
    public boolean filterNumbers(String column, String min, String max) {
        Optional<Double> low;
        Optional<Double> high;
        try {
            low = bound(min);
            high = bound(max);
        } catch (NumberFormatException e) {
            return false;
        }
        set(
                column,
                low.isEmpty() && high.isEmpty()
                        ? null
                        : new ColumnCondition.NumberRange(column, low.orElse(null), high.orElse(null)));
        return true;
    }

    private static Optional<Double> bound(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(text.strip()));
    }

    /** Keeps the rows holding the value; null or empty clears the filter. */
    public void filterText(String column, String value) {
        set(column, value == null || value.isEmpty() ? null : new ColumnCondition.TextValue(column, value));
    }

    public void clear(String column) {
        set(column, null);
    }

    public Optional<ColumnCondition> condition(String column) {
        return conditions.stream().filter(c -> c.column().equals(column)).findFirst();
    }

    /** Replaces the column's condition in one change, so the rows are filtered once. */
    private void set(String column, ColumnCondition condition) {
        List<ColumnCondition> now = new ArrayList<>(
                conditions.stream().filter(c -> !c.column().equals(column)).toList());
        if (condition != null) {
            now.add(condition);
        }
        conditions.setAll(now);
    }

    /** Runs when any column's filter changes. */
    public void onChange(Runnable changed) {
        conditions.addListener((ListChangeListener<ColumnCondition>) change -> changed.run());
    }
}
