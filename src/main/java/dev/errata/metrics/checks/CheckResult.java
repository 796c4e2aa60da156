package dev.errata.metrics.checks;

/**
 * A check evaluated on data.
 *
 * @param value the metric's value; NaN when undefined or when the check could not be evaluated
 * @param reason why the check failed without a value (an unknown tag, "undefined"); null when it has one
 * @param note how the value was made when that is worth saying (an estimate from a reviewed sample, with
 *     its interval); null otherwise
 */
public record CheckResult(Check check, double value, boolean passed, String reason, String note) {

    static CheckResult of(Check check, double value) {
        return Double.isNaN(value)
                ? unevaluable(check, "undefined")
                : new CheckResult(check, value, check.passes(value), null, null);
    }

    static CheckResult unevaluable(Check check, String reason) {
        return new CheckResult(check, Double.NaN, false, reason, null);
    }

    /** The same result with a note on how its value was made. */
    CheckResult noting(String how) {
        return new CheckResult(check, value, passed, reason, how);
    }
}
