package dev.errata.cli;

import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.ReviewSampler;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.report.NumberText;
import dev.errata.tags.ReviewQueue;
import dev.errata.workbench.AnalysisSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code errata review}: the review queue of a project. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = "Works with a project's review queue.",
        subcommands = {ReviewCommand.Sample.class, ReviewCommand.Split.class})
final class ReviewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code errata review sample}: draws a review queue and saves it with the project. */
    @Command(
            name = "sample",
            mixinStandardHelpOptions = true,
            description = {
                "Draws errors and correct rows at random into the project's review queue and saves it.",
                "Hand-tag metrics are estimates for all rows from the reviewed rows; a queue drawn at random, "
                        + "reviewed in its order, is what makes them honest."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the queue was drawn and saved", "2:bad input, or a queue exists without --replace"})
    static final class Sample implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.errata.json).")
        Path project;

        @Mixin
        SampleOptions sampling = new SampleOptions();

        @Option(
                names = "--by",
                paramLabel = "COLUMN",
                description =
                        "Stratify by this column's values (numbers in quantile bins) within errors and correct rows.")
        String by;

        @Option(names = "--replace", description = "Replace the project's queue if it has one.")
        boolean replace;

        @Option(
                names = "--split",
                paramLabel = "NAME,NAME",
                split = ",",
                description = "Split the queue between these analysts: each walks a share of their own in review "
                        + "mode (the one their --analyst or window preference names).")
        List<String> split;

        @Option(
                names = "--overlap",
                paramLabel = "N",
                defaultValue = "0",
                description = "With --split, put the same N rows, drawn at random, first in every share, to "
                        + "measure the analysts' agreement on them (default ${DEFAULT-VALUE}).")
        int overlap;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long drawSeed = sampling.drawSeed();
            if (overlap != 0 && split == null) {
                throw new IllegalArgumentException("--overlap shares rows between the analysts of --split; name them");
            }
            try (Project opened = new ProjectOpener().open(project, Progress.NONE)) {
                ReviewQueue existing = opened.session().reviewQueue().orElse(null);
                if (existing != null && !replace) {
                    throw new IllegalArgumentException(project + " already has a review queue of "
                            + existing.rows().size() + " rows; give --replace to draw a new one");
                }
                ErrorRows errorRows = ErrorRows.of(
                        opened.dataset(),
                        opened.roles(),
                        AnalysisSettings.of(opened.settings(), opened.session(), MetricsSettings.defaults()));
                ReviewQueue drawn = ReviewSampler.draw(
                        opened.dataset(), errorRows, by, sampling.errors(), sampling.correct(), drawSeed);
                ReviewQueue queue = split == null ? drawn : drawn.split(split, overlap);
                opened.session().setReviewQueue(queue);
                opened.save();
                print(queue, spec.commandLine().getOut());
            }
            return 0;
        }

        private void print(ReviewQueue queue, PrintWriter out) {
            out.printf(
                    Locale.ROOT,
                    "drew %s rows into the review queue of %s (seed %d)%n",
                    NumberText.count(queue.rows().size()),
                    project.getFileName(),
                    queue.seed());
            for (ReviewQueue.Stratum s : queue.strata()) {
                out.printf(
                        Locale.ROOT,
                        "  %-40s %8s of %10s  (inclusion chance %.4f)%n",
                        s.name(),
                        NumberText.count(s.drawn()),
                        NumberText.count(s.population()),
                        s.inclusionChance());
            }
            printShares(queue, overlap, out);
        }
    }

    /** {@code errata review split}: shares out the rest of a queue already drawn between analysts. */
    @Command(
            name = "split",
            mixinStandardHelpOptions = true,
            description = {
                "Splits the rows of the project's review queue not yet reviewed between analysts and saves it: "
                        + "each walks a share of their own in review mode. The queue itself stays as drawn."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the queue was split and saved", "2:bad input, or the project has no review queue"})
    static final class Split implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.errata.json).")
        Path project;

        @Option(
                names = "--between",
                paramLabel = "NAME,NAME",
                split = ",",
                required = true,
                description = "The analysts to split the rows not yet reviewed between (the names their "
                        + "--analyst or window preference gives).")
        List<String> between;

        @Option(
                names = "--overlap",
                paramLabel = "N",
                defaultValue = "0",
                description = "Put the same N of those rows, drawn at random, first in every share, to measure "
                        + "the analysts' agreement on them (default ${DEFAULT-VALUE}).")
        int overlap;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Project opened = new ProjectOpener().open(project, Progress.NONE)) {
                ReviewQueue drawn = opened.session()
                        .reviewQueue()
                        .orElseThrow(() -> new IllegalArgumentException(
                                project + " has no review queue to split; draw one with errata review sample"));
                ReviewQueue queue =
                        drawn.splitRemaining(between, overlap, opened.session().reviewed());
                opened.session().setReviewQueue(queue);
                opened.save();
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        Locale.ROOT,
                        "split the %s rows not yet reviewed of the review queue of %s%n",
                        NumberText.count(queue.shares().values().stream()
                                .flatMap(List::stream)
                                .distinct()
                                .count()),
                        project.getFileName());
                printShares(queue, overlap, out);
            }
            return 0;
        }
    }

    private static void printShares(ReviewQueue queue, int overlap, PrintWriter out) {
        queue.shares()
                .forEach((analyst, share) -> out.printf(
                        Locale.ROOT,
                        "  %s's share: %s rows, the %s shared first%n",
                        analyst,
                        NumberText.count(share.size()),
                        NumberText.count(overlap)));
        out.flush();
    }
}
