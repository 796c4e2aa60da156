package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.data.Dataset;
import dev.errata.discovery.LabelErrors;
import dev.errata.report.LabelErrorsReport;
import dev.errata.workbench.Analysis;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code errata label-errors}: the rows whose given label is likely wrong, by confident learning. */
@Command(
        name = "label-errors",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the rows whose given label is likely wrong, by confident learning (as cleanlab's "
                    + "find_label_issues), least self-confident first.",
            "The probabilities must be out-of-sample (cross-validated or held out): a model scored on its own "
                    + "training rows has learnt their labels, wrong ones included."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the suspects were listed", "2:bad input, a regression, or data without probabilities"})
final class LabelErrorsCommand implements Callable<Integer> {

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    FormatOption format = new FormatOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // the suspects come from the label and the class probabilities alone
        Analysis loaded = Analysis.load(analysis.request().usingOnly(ColumnChoice.NONE));
        Dataset data = loaded.data().dataset();
        LabelErrors found = LabelErrors.of(data, loaded.data().roles());
        format.print(
                spec.commandLine().getOut(),
                () -> LabelErrorsReport.text(found, data),
                () -> LabelErrorsReport.json(found, data));
        return 0;
    }
}
