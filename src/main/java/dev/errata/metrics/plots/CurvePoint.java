package dev.errata.metrics.plots;

/**
 * A point of a score curve: where a threshold puts the model.
 *
 * @param threshold rows with a score at or above it are positive; +∞ for the point where none is
 */
public record CurvePoint(double threshold, double x, double y) {}
