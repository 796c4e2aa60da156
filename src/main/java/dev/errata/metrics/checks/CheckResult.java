package dev.errata.metrics.checks;

/**
 * A check evaluated on data.
 *
 * @param value the metric's value; NaN when undefined or when the check could not be evaluated
 * @param reason why the check failed without a value (an unknown tag, "undefined"); null when it has one
 */
public record CheckResult(Check check, double value, boolean passed, String reason) {

    static CheckResult of(Check check, double value) {
        return Double.isNaN(value) ? unevaluable(check, "undefined") : new CheckResult(check, value, check.passes(value), null);
    }

    static CheckResult unevaluable(Check check, String reason) {
        return new CheckResult(check, Double.NaN, false, reason);
    }
}
