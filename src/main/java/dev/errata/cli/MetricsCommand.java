package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.report.MetricsJson;
import dev.errata.report.MetricsSummary;
import dev.errata.report.MetricsText;
import dev.errata.workbench.Analysis;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code errata metrics}: every metric of the data, overall, per class, per tag and per slice. */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = "Prints the metrics of evaluation data, overall, per class, per tag and per slice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the metrics were printed",
            "2:bad input: a missing column, a bad value, a wrong role or option"
        })
final class MetricsCommand implements Callable<Integer> {

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    FormatOption format = new FormatOption();

    @Option(
            names = "--exclude-tag",
            paramLabel = "NAME",
            description = "Leave the rows of this tag out of every metric, e.g. the confirmed label errors for the "
                    + "accuracy on clean labels.")
    String excludeTag;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // the metrics look at no column but the roles', the slices' and the tags'
        Analysis loaded = Analysis.load(analysis.request().usingOnly(ColumnChoice.NONE));
        MetricsSummary summary = (excludeTag == null ? loaded : loaded.withoutTag(excludeTag)).summarize();
        format.print(spec.commandLine().getOut(), () -> MetricsText.write(summary), () -> MetricsJson.write(summary));
        return 0;
    }
}
