package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.workbench.AnalysisRequest;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What to analyse: a project, or data with its roles, and the settings of the analysis. */
public final class AnalysisOptions {

    @Mixin
    DataOptions data = new DataOptions();

    @Option(
            names = "--project",
            paramLabel = "FILE",
            description = "A project (NAME.errata.json): its data, roles, settings and tags.")
    Path project;

    @Option(
            names = "--threshold",
            paramLabel = "X",
            description = "Score at or above which a row is positive (default 0.5," + " or the project's).")
    Double threshold;

    @Option(
            names = "--tolerance",
            paramLabel = "X",
            description = "Regression: an absolute residual above X is an error (default: the 80th percentile). "
                    + "Transcription: a word error rate above X is an error (default 0).")
    Double tolerance;

    @Mixin
    SliceOptions slicing = new SliceOptions();

    @Mixin
    TagColumnOptions tagging = new TagColumnOptions();

    /** The analysis the options ask for: the positional project or data, or --project. */
    AnalysisRequest request() {
        Path projectFile = data.namesProject() ? data.data : project;
        if (projectFile != null && data.hasData()) {
            throw new IllegalArgumentException("give either DATA.csv or --project, not both");
        }
        return new AnalysisRequest(
                projectFile,
                data.hasData() ? data.request() : null,
                threshold,
                tolerance,
                slicing.slices(),
                slicing.crosses(),
                slicing.bins(),
                tagging.columns(),
                tagging.globs(),
                ColumnChoice.ALL);
    }
}
