package dev.errata.report;

import dev.errata.compare.VersionHistory;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagMembership;
import java.util.List;

/**
 * Everything a shared report shows.
 *
 * @param metrics the metrics, sliced by the columns the report shows
 * @param tags every tag's definition and rows, in the order of {@code metrics}' tags
 * @param work review marks and notes (empty without a project)
 * @param analystSummary what the analyst wrote about the findings; may be empty
 * @param checks the project's checks, evaluated
 * @param examples how many example rows to show per tag
 * @param date when the report was made, as it should read
 * @param figures the figures the window has for the task, drawn, in the order they stand in their sections
 * @param history the model's versions, oldest first; a report says what changed when there are two or more
 */
public record ReportInput(
        MetricsSummary metrics,
        Dataset dataset,
        ColumnRoles roles,
        List<TagMembership> tags,
        Annotations work,
        String analystSummary,
        List<CheckResult> checks,
        int examples,
        String date,
        List<ReportFigure> figures,
        VersionHistory history) {

    public ReportInput {
        tags = List.copyOf(tags);
        checks = List.copyOf(checks);
        figures = List.copyOf(figures);
        history = history == null ? VersionHistory.of(List.of(), List.of()) : history;
        analystSummary = analystSummary == null ? "" : analystSummary;
        if (examples < 0) {
            throw new IllegalArgumentException("examples must be zero or more, not " + examples);
        }
    }
}
