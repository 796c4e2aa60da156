package dev.errata.metrics.checks;

/**
 * A parsed check such as {@code recall >= 0.8 on class "fraud"}, or across models such as
 * {@code accuracy[v2] >= accuracy[v1] - 0.01 on tag "car noise"}; the language is described in
 * docs/checks.md.
 *
 * @param metric the metric's name as in docs/metrics-json.md, e.g. {@code error_share}
 * @param bound the number the metric is compared with (a percentage in the text is read as a fraction);
 *     with a reference, the offset added to the reference's value
 * @param model the model whose metric is meant ({@code accuracy[v2]}); null for the data's own prediction
 * @param reference the model whose same metric, plus {@code bound}, the value is compared with; null when
 *     compared with the number alone
 */
public record Check(
        String text,
        String metric,
        Target target,
        Comparison comparison,
        double bound,
        String model,
        String reference) {

    public Check(String text, String metric, Target target, Comparison comparison, double bound) {
        this(text, metric, target, comparison, bound, null, null);
    }

    /** Whether the check names models, so it needs each model's metrics. */
    public boolean comparesModels() {
        return model != null || reference != null;
    }

    /** @throws CheckException for a syntax error or a metric the target does not have, pointing at the part */
    public static Check parse(String text) {
        return CheckParser.parse(text);
    }

    /** Whether a value meets the check; an undefined (NaN) value never does. */
    public boolean passes(double value) {
        return comparison.holds(value, bound);
    }
}
