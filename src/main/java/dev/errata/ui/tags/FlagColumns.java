package dev.errata.ui.tags;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns an imported tag can come from: every filled cell reads as true/false, yes/no or 1/0, in any
 * case, as the tag session reads them. Offering only those spares the user a refusal after choosing.
 */
final class FlagColumns {

    private static final Set<String> FLAGS = Set.of("true", "false", "yes", "no", "1", "0");

    private FlagColumns() {
    }

    static List<String> of(Dataset dataset) {
        return dataset.columns().stream().filter(FlagColumns::isFlag).map(Column::name).toList();
    }

    private static boolean isFlag(Column column) {
        if (column instanceof CategoricalColumn text) {
            return text.levelCount() > 0
                    && text.levels().stream().allMatch(level -> FLAGS.contains(level.strip().toLowerCase(Locale.ROOT)));
        }
        boolean filled = false;
        for (double value : ((NumericColumn) column).values()) {
            if (value == value) {
                if (value != 0 && value != 1) {
                    return false;
                }
                filled = true;
            }
        }
        return filled;
    }
}
