package dev.errata.cli;

import dev.errata.project.ProjectMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code errata merge-driver}: git's merge driver for project files, so that two branches that tagged or
 * reviewed different rows merge however close the rows lie in the file; a line-by-line merge cannot when
 * both add rows between the same two lines.
 */
@Command(
        name = "merge-driver",
        mixinStandardHelpOptions = true,
        description = {
            "Git's merge driver for project files: merges THEIRS into OURS row by row against BASE.",
            "Set it up once per clone: git config merge.errata.driver 'errata merge-driver %O %A %B' and a "
                    + ".gitattributes line '*.errata.json merge=errata'."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:merged",
            "1:both sides changed something differently; ours kept, listed on stderr",
            "2:bad input"
        })
final class MergeDriverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor (git's %O).")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version, overwritten with the result (git's %A).")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %B).")
    Path theirs;

    @Override
    public Integer call() throws Exception {
        List<String> conflicts = ProjectMerge.threeWay(base, ours, theirs);
        PrintWriter err = spec.commandLine().getErr();
        conflicts.forEach(c -> err.println("errata: " + c));
        err.flush();
        return conflicts.isEmpty() ? 0 : 1;
    }
}
