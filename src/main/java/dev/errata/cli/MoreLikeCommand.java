package dev.errata.cli;

import dev.errata.data.Progress;
import dev.errata.discovery.MoreLikeThis;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.report.MoreLikeThisReport;
import dev.errata.workbench.MoreLikeThisTag;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code errata more-like}: a short rule that finds more rows like a hand tag's. */
@Command(
        name = "more-like",
        mixinStandardHelpOptions = true,
        description = {
            "Learns a short rule (a decision tree of depth 2) that separates a hand tag's reviewed rows "
                    + "from the reviewed rows without it, with its cross-validated precision and recall, and lists the "
                    + "unreviewed rows it holds, likeliest first.",
            "The tag needs at least 15 reviewed rows."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule (or that none was found) was printed", "2:bad input, or too few reviewed rows"})
final class MoreLikeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.errata.json).")
    Path project;

    @Option(names = "--tag", paramLabel = "NAME", required = true, description = "The hand tag to find more of.")
    String tag;

    @Mixin
    FormatOption format = new FormatOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Project opened = new ProjectOpener().openToRead(project, Progress.NONE)) {
            MoreLikeThis found = MoreLikeThisTag.learn(opened.session(), tag);
            format.print(
                    spec.commandLine().getOut(),
                    () -> MoreLikeThisReport.text(tag, found, opened.dataset()),
                    () -> MoreLikeThisReport.json(tag, found, opened.dataset()));
        }
        return 0;
    }
}
