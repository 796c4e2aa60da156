package dev.errata.cli;

import dev.errata.compare.ModelComparison;
import dev.errata.data.Model;
import dev.errata.report.CompareJson;
import dev.errata.report.CompareText;
import dev.errata.workbench.Analysis;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code errata compare}: two or more models of the same rows side by side. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compares models of the same rows, overall, per class, slice and tag: each model's metrics, the"
                + " rows the second fixed and broke, McNemar's exact p-value and the accuracy difference's"
                + " 95%% paired interval.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the comparison was printed",
            "2:bad input: fewer than two models, a missing column, a bad value or option"
        })
final class CompareCommand implements Callable<Integer> {

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    ModelOptions models = new ModelOptions();

    @Mixin
    FormatOption format = new FormatOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Model> compared = models.models();
        // a comparison looks at no column but the roles', the models', the slices' and the tags'
        ModelComparison comparison = Analysis.load(analysis.request().usingOnly(Model.columnsOf(compared)))
                .compare(compared);
        format.print(
                spec.commandLine().getOut(), () -> CompareText.write(comparison), () -> CompareJson.write(comparison));
        return 0;
    }
}
