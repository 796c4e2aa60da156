package dev.errata.cli;

import dev.errata.project.ProjectMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code errata merge}: two analysts' projects over the same data into one. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the union of two projects' reviews, tags and notes to a new project.",
            "A row both reviewed with a hand tag on in one and off in the other is a disagreement: tagged, unreviewed "
                    + "again and put in the review queue, to settle in review mode. What else differs (a tag's definition, "
                    + "a note, the settings) keeps the first project's and is listed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:merged (disagreements and differences are listed)",
            "2:bad input: not projects, other data, or --out is A or B"
        })
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "A",
            description = "The first project; where the two differ, its settings are kept.")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second project, over the same data.")
    Path second;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "The merged project to write (NAME.errata.json).")
    Path out;

    @Option(names = "--overwrite", description = "Allow --out to be A or B.")
    boolean overwrite;

    @Option(
            names = "--analysts",
            paramLabel = "NAME_A,NAME_B",
            split = ",",
            description = "Who did A's and B's review marks and tags that record no analyst (projects from "
                    + "before analysts were recorded), so that the result tells whose work each row is.")
    List<String> analysts = List.of();

    @Override
    public Integer call() throws Exception {
        ProjectMerge.Outcome outcome = ProjectMerge.union(first, second, out, overwrite, analysts);
        PrintWriter err = spec.commandLine().getErr();
        outcome.conflicts().forEach(c -> err.println("errata: " + c));
        err.flush();
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("wrote " + out + "; " + outcome.disagreements().size()
                + (outcome.disagreements().size() == 1 ? " row" : " rows") + " in disagreement"
                + (outcome.disagreements().isEmpty() ? "" : ", in its review queue"));
        printed.flush();
        return 0;
    }
}
