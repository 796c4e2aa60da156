package dev.errata.cli;

import dev.errata.workbench.Analysis;
import dev.errata.workbench.Reports;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code errata report}: the findings as one file to share with people who do not run Errata. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Writes a report (summary, tags, priorities, confusion or residuals, scores, slices, fairness, examples,"
                        + " checks) with the window's figures, as one self-contained HTML file or as Markdown with its figures as SVG"
                        + " files in NAME-figures beside it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the report was written",
            "2:bad input: a project, data file, column, check or option that cannot be used"
        })
final class ReportCommand implements Callable<Integer> {

    enum Format {
        html,
        md
    }

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    OutputOption out = new OutputOption();

    @Mixin
    CheckOptions checks = new CheckOptions();

    @Mixin
    ViewOption view = new ViewOption();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "html or md (default: md for a FILE ending in .md, else html).")
    Format format;

    @Option(
            names = "--examples",
            paramLabel = "N",
            defaultValue = "5",
            description = "Example rows shown per tag (default ${DEFAULT-VALUE}).")
    int examples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reports.Format chosen = format == null
                ? Reports.Format.forFile(out.file)
                : format == Format.md ? Reports.Format.MARKDOWN : Reports.Format.HTML;
        Analysis all = Analysis.load(analysis.request());
        Analysis loaded = view.name == null ? all : all.withView(view.name);
        Reports.Document report = Reports.report(
                loaded,
                chosen,
                out.file,
                examples,
                checks.checks,
                LocalDate.now().toString());
        String written = out.write(w -> w.write(report.text()), loaded.inputs());
        Reports.writeFigures(report, out.file);
        spec.commandLine().getOut().println(written);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
