package dev.errata.project;

/**
 * Task settings kept with a project.
 *
 * @param threshold the score at or above which a row counts as positive
 * @param tolerance the absolute residual above which a regression row is an error; null for the default
 *     (the 80th percentile of absolute residuals)
 */
public record ProjectSettings(double threshold, Double tolerance) {

    public static final ProjectSettings DEFAULT = new ProjectSettings(0.5, null);

    public ProjectSettings {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], not " + threshold);
        }
        if (tolerance != null && !(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be zero or more, not " + tolerance);
        }
    }

    public ProjectSettings withThreshold(double value) {
        return new ProjectSettings(value, tolerance);
    }

    /** @param value null for the default */
    public ProjectSettings withTolerance(Double value) {
        return new ProjectSettings(threshold, value);
    }
}
