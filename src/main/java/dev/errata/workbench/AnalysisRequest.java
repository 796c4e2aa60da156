package dev.errata.workbench;

import dev.errata.data.ColumnChoice;
import dev.errata.data.ImportRequest;
import dev.errata.metrics.MetricsSettings;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * @param beyond the columns of the data the analysis uses beyond the roles' and those named here (slices,
 *     crosses, tags), so that the others need not be read; {@link ColumnChoice#ALL} when it may use any
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
        List<String> tagColumnGlobs,
        ColumnChoice beyond) {

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

    /**
     * The same analysis, which uses no column of the data beyond the roles', those it names and {@code more}
     * ({@link ColumnChoice#NONE} for none).
     */
    public AnalysisRequest usingOnly(ColumnChoice more) {
        return new AnalysisRequest(
                project, data, threshold, tolerance, slices, crosses, bins, tagColumns, tagColumnGlobs, more);
    }

    /** The columns the analysis reads: every one, or the roles', those it names and those it uses beyond. */
    public ColumnChoice reads() {
        return ColumnChoice.of(namedColumns(), tagColumnGlobs).and(beyond);
    }

    /** The columns the request names: its slices, the columns of its crosses and its tag columns. */
    public Set<String> namedColumns() {
        Set<String> named = new LinkedHashSet<>(slices);
        crosses.forEach(cross -> named.addAll(List.of(cross.first(), cross.second())));
        named.addAll(tagColumns);
        return named;
    }
}
