package dev.errata.workbench;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.report.OverallLine;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * The overall metrics on clean labels: with the rows the analyst confirmed as label errors left out, as
 * {@code errata metrics --exclude-tag "possible label error"} computes them, for the window to show beside
 * the metrics of every row.
 */
public final class CleanLabels {

    private CleanLabels() {}

    /** The overall metrics of the rows not in {@code confirmed}, on one line as the reports write them. */
    public static String overallLine(
            Dataset data, ColumnRoles roles, MetricsSettings settings, RoaringBitmap confirmed) {
        Dataset clean = new RowsLeftOut(data, confirmed).dataset();
        return OverallLine.of(MetricsSnapshot.compute(clean, roles, settings, List.of()));
    }
}
