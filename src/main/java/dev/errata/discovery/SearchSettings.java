package dev.errata.discovery;

import java.util.List;

/**
 * What the slice search looks for.
 *
 * @param maxConditions the most columns a slice combines (SliceLine's level), at least 1
 * @param top how many slices the search keeps, best score first
 * @param alpha SliceLine's α in (0, 1]: the weight of the error rate against the size
 * @param minSupport the fewest rows a slice may have; 0 for the default, max(32, n/100)
 * @param showAll show slices whose q-value is above {@link #FALSE_DISCOVERY_RATE} too
 * @param columns the columns to slice by; empty for every column that plays no role
 */
public record SearchSettings(
        int maxConditions, int top, double alpha, int minSupport, boolean showAll, List<String> columns) {

    public static final SearchSettings DEFAULT = new SearchSettings(3, 10, 0.95, 0, false, List.of());

    /** Suggestions with a larger q-value are hidden unless asked for. */
    public static final double FALSE_DISCOVERY_RATE = 0.05;

    public SearchSettings {
        if (maxConditions < 1) {
            throw new IllegalArgumentException("--max-conditions must be at least 1, not " + maxConditions);
        }
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, not " + top);
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("--alpha must be above 0 and at most 1, not " + alpha);
        }
        columns = List.copyOf(columns);
        if (minSupport < 0) {
            throw new IllegalArgumentException("--min-support must not be negative, not " + minSupport);
        }
    }

    public SearchSettings withColumns(List<String> chosen) {
        return new SearchSettings(maxConditions, top, alpha, minSupport, showAll, chosen);
    }

    /** The minimum support on {@code rows} evaluable rows. */
    int minSupport(int rows) {
        return minSupport > 0 ? minSupport : Math.max(32, rows / 100);
    }
}
