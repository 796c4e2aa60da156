package dev.errata.bench;

/**
 * One figure of the benchmark against its target.
 *
 * @param key the lower_snake_case name in the JSON output
 * @param limit the target: the figure must not exceed it; NaN when the target is relative and given in
 *     {@code targetText} alone
 */
public record Measurement(String key, String label, double value, String unit, double limit, String targetText) {

    public boolean met() {
        return Double.isNaN(limit) || value <= limit;
    }
}
