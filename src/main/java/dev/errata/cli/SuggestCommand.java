package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.data.Progress;
import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceSuggestions;
import dev.errata.report.SuggestionsJson;
import dev.errata.report.SuggestionsText;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.ConfusionSuggesting;
import dev.errata.workbench.SliceSuggesting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code errata suggest}: weak slices found by SliceLine, for the analyst to confirm as tags. */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description = "Suggests weak slices: conjunctions of column values or bins where the model errs more often "
                + "(SliceLine), each with its error rate, lift, share of the errors and a q-value; for a transcription "
                + "also the most frequent word confusions among the errors, each with its rule (docs/suggest.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the suggestions were printed (perhaps none)",
            "2:bad input: a missing column, a bad value or option"
        })
final class SuggestCommand implements Callable<Integer> {

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(
            names = "--max-conditions",
            paramLabel = "K",
            defaultValue = "3",
            description = "The most columns a slice combines (default ${DEFAULT-VALUE}).")
    int maxConditions;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "Slices to show (default ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--alpha",
            paramLabel = "A",
            defaultValue = "0.95",
            description =
                    "SliceLine's weight of the error rate against the size, above 0 and at most 1 (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(
            names = "--min-support",
            paramLabel = "N",
            defaultValue = "0",
            description = "The fewest rows a slice may have (default max(32, rows/100)).")
    int minSupport;

    @Option(
            names = "--column",
            paramLabel = "COL",
            description =
                    "Slice by this column (repeatable; default every column that is not id, label, prediction or score).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--show-all", description = "Show slices whose q-value is above 0.05 too.")
    boolean showAll;

    @Mixin
    FormatOption format = new FormatOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchSettings settings = new SearchSettings(maxConditions, top, alpha, minSupport, showAll, columns);
        // a search of named columns reads those beside the roles' columns; a search of every column, all of them
        ColumnChoice searched = columns.isEmpty() ? ColumnChoice.ALL : ColumnChoice.of(Set.copyOf(columns), List.of());
        Analysis loaded = Analysis.load(analysis.request().usingOnly(searched));
        SliceSuggestions found = SliceSuggesting.of(loaded, settings, Progress.NONE);
        List<ConfusionSuggestion> confusions = ConfusionSuggesting.of(loaded, top);
        format.print(
                spec.commandLine().getOut(),
                () -> SuggestionsText.write(found, confusions),
                () -> SuggestionsJson.write(found, confusions));
        return 0;
    }
}
