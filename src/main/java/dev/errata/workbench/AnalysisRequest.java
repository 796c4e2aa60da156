package dev.errata.workbench;

import dev.errata.data.ImportRequest;
import dev.errata.metrics.MetricsSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What to analyse and how: a project, or data files with their roles, and the settings given on top.
 *
 * @param project the project file, or null for data
 * @param data the data to import, or null for a project
 * @param threshold the score threshold, or null for the project's (else the default)
 * @param tolerance the regression tolerance, or null for the project's (else the default)
 * @param slices columns to slice by; with none, a report slices by the columns of the saved views
 * @param tagColumns boolean columns to treat as tags
 * @param tagColumnGlobs globs ({@code tag_*}) naming more boolean columns to treat as tags
 */
public record AnalysisRequest(
        Path project,
        ImportRequest data,
        Double threshold,
        Double tolerance,
        List<String> slices,
        List<MetricsSettings.ColumnPair> crosses,
        int bins,
        List<String> tagColumns,
        List<String> tagColumnGlobs) {

    public AnalysisRequest {
        if ((project == null) == (data == null)) {
            throw new IllegalArgumentException(
                    project == null
                            ? "give the data file (DATA.csv) or a project (NAME.errata.json)"
                            : "give either DATA.csv or --project, not both");
        }
        slices = List.copyOf(slices);
        crosses = List.copyOf(crosses);
        tagColumns = List.copyOf(tagColumns);
        tagColumnGlobs = List.copyOf(tagColumnGlobs);
    }
}
