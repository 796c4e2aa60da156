package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.data.Progress;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.Reports;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code errata export rows|tags|slices}: the analysis as CSV for a spreadsheet. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the rows with their tags, the tag metrics or the slice metrics as CSV.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file was written",
            "2:bad input: a project, data file, column or option that cannot be used"
        })
final class ExportCommand {

    @Spec
    CommandSpec spec;

    @Command(
            name = "rows",
            mixinStandardHelpOptions = true,
            description =
                    "Every row (or a saved view's rows, in its order): its data, error (0/1), reviewed (0/1), note,"
                            + " and one 0/1 column per tag.")
    int rows(@Mixin AnalysisOptions options, @Mixin OutputOption out, @Mixin ViewOption view) throws IOException {
        Analysis analysis = Analysis.load(options.request());
        int[] order = view.name == null ? null : analysis.viewRows(view.name);
        return done(out.write(w -> Reports.rows(w, analysis, order, Progress.NONE), analysis.inputs()));
    }

    @Command(
            name = "tags",
            mixinStandardHelpOptions = true,
            description =
                    "One row per tag: its metrics (names as in docs/metrics-json.md), ease, importance, description.")
    int tags(@Mixin AnalysisOptions options, @Mixin OutputOption out) throws IOException {
        // the tags' metrics look at no column but the roles' and the tags'
        Analysis analysis = Analysis.load(options.request().usingOnly(ColumnChoice.NONE));
        return done(out.write(w -> Reports.tags(w, analysis), analysis.inputs()));
    }

    @Command(
            name = "slices",
            mixinStandardHelpOptions = true,
            description = "One row per slice of each --slice column (a project's: the columns of its saved views).")
    int slices(@Mixin AnalysisOptions options, @Mixin OutputOption out) throws IOException {
        Analysis analysis = Analysis.load(options.request());
        return done(out.write(w -> Reports.slices(w, analysis), analysis.inputs()));
    }

    private int done(String message) {
        spec.commandLine().getOut().println(message);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
