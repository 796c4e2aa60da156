package dev.errata.metrics;

/**
 * Residual metrics of a regression over the rows with both a label and a prediction; residual = label −
 * prediction. Undefined values are NaN, written as {@code null} in JSON.
 *
 * @param r2 1 − SS_res / SS_tot as scikit-learn's r2_score; NaN when the labels do not vary (SS_tot = 0)
 * @param durbinWatson Σ(eᵢ − eᵢ₋₁)² / Σeᵢ² over the residuals in file order; NaN when every residual is 0
 */
public record RegressionMetrics(
        long rows, double mae, double rmse, double r2, double meanResidual, double durbinWatson) {}
