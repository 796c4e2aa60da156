package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.data.Model;
import dev.errata.metrics.checks.CheckEvaluator;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.report.CheckText;
import dev.errata.workbench.Analysis;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code errata check}: evaluates the project's checks, for a CI pipeline. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Evaluates the project's checks (and --check ones) and prints each with its value, PASS or FAIL.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every check passed (or there are none)",
            "1:a check failed",
            "2:bad input: a project, data file or check that cannot be used"
        })
final class CheckCommand implements Callable<Integer> {

    static final int FAILED = 1;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    CheckOptions checks = new CheckOptions();

    @Mixin
    ModelOptions models = new ModelOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Model> compared = models.models();
        List<CheckResult> results = Analysis.load(analysis.request().usingOnly(columnsUsed(compared)))
                .evaluateChecks(checks.checks, compared);
        PrintWriter out = spec.commandLine().getOut();
        out.print(CheckText.write(results));
        out.flush();
        return results.stream().allMatch(CheckResult::passed) ? 0 : FAILED;
    }

    /**
     * The columns the checks given here look at beyond the roles' and the tags': the columns they slice by
     * and the models'. A check that does not parse names none; it is refused with its message after the read.
     */
    private ColumnChoice columnsUsed(List<Model> compared) {
        return Model.columnsOf(compared).and(ColumnChoice.of(CheckEvaluator.slicedColumnsOf(checks.checks), List.of()));
    }
}
