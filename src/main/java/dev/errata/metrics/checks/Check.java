package dev.errata.metrics.checks;

/**
 * A parsed check such as {@code recall >= 0.8 on class "fraud"}; the language is described in
 * docs/checks.md.
 *
 * @param metric the metric's name as in docs/metrics-json.md, e.g. {@code error_share}
 * @param bound the number the metric is compared with (a percentage in the text is read as a fraction)
 */
public record Check(String text, String metric, Target target, Comparison comparison, double bound) {

    /** @throws CheckException for a syntax error or a metric the target does not have, pointing at the part */
    public static Check parse(String text) {
        return CheckParser.parse(text);
    }

    /** Whether a value meets the check; an undefined (NaN) value never does. */
    public boolean passes(double value) {
        return comparison.holds(value, bound);
    }
}
