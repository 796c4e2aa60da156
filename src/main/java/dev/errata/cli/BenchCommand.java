package dev.errata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.bench.BenchReport;
import dev.errata.bench.Benchmark;
import dev.errata.bench.ColdCommand;
import dev.errata.bench.Measurement;
import dev.errata.bench.WindowFigures;
import dev.errata.bench.WindowInFreshProcess;
import dev.errata.data.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code errata bench}: the performance targets measured on generated data. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Generates a seeded dataset, then times loading, metrics, tag edits, slicing, sorting and saving.",
            "With --window, then opens the window on the saved project and times it as a user meets it: the panel "
                    + "after a tag key, sorting, filtering and scrolling (needs a display, e.g. xvfb-run)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every target met", "1:a target missed", "2:bad options"})
final class BenchCommand implements Callable<Integer> {

    enum Format {
        table,
        json
    }

    /** The exit code of a run that measured everything but missed a target. */
    static final int TARGET_MISSED = 1;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--tags", defaultValue = "20", description = "Boolean tag columns (default ${DEFAULT-VALUE}).")
    int tags;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per figure; the median is reported.")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated data.")
    long seed;

    @Option(
            names = "--keep",
            paramLabel = "DIR",
            description = "Write the data and project here and keep them (e.g. to time pandas on the same file).")
    Path keep;

    @Option(names = "--format", defaultValue = "table", description = "table or json.")
    Format format;

    @Option(names = "--window", description = "Also measure the window on the benchmark's project.")
    boolean window;

    @Option(
            names = "--cold",
            description = "Also time `errata metrics` as a whole process started afresh each run, beside Polars and "
                    + "pandas on the same file where python3 has them; then the same work warm, again and again in "
                    + "one process of each.")
    boolean cold;

    /** The window alone, measured in this process and printed as JSON: the process a benchmark with --window starts. */
    @Option(names = WindowInFreshProcess.OPTION, paramLabel = "PROJECT", hidden = true)
    Path windowOf;

    @Option(names = WindowInFreshProcess.FIRST_OPEN_ONLY, hidden = true)
    boolean firstOpenOnly;

    /** The cold command's work again and again in this process, each run's milliseconds printed: a warm figure. */
    @Option(names = ColdCommand.WARM_OPTION, paramLabel = "CSV", hidden = true)
    Path warmOf;

    private final WindowFigures windowFigures;

    @Spec
    CommandSpec spec;

    BenchCommand(WindowFigures windowFigures) {
        this.windowFigures = windowFigures;
    }

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || tags < 0 || runs < 1) {
            throw new IllegalArgumentException("--rows and --runs must be positive and --tags not negative");
        }
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> log = line -> {
            err.println(line);
            err.flush();
        };
        if (warmOf != null) {
            PrintWriter out = spec.commandLine().getOut();
            for (double millis : WarmRuns.millis(warmOf, runs)) {
                out.printf(Locale.ROOT, "%.1f%n", millis);
            }
            out.flush();
            return 0;
        }
        if (windowOf != null) {
            // a process started to measure the window on this project, as a user starts Errata with one
            WindowFigures started = windowFigures.fromProcessStart();
            List<Measurement> figures =
                    firstOpenOnly ? started.measureFirstOpen(windowOf, log) : started.measure(windowOf, runs, log);
            spec.commandLine().getOut().print(WindowInFreshProcess.report(figures));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path folder = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("errata-bench");
        BenchReport report;
        try {
            report = new Benchmark(
                            new Benchmark.Settings(
                                    rows,
                                    tags,
                                    runs,
                                    seed,
                                    folder,
                                    cold,
                                    window ? new WindowInFreshProcess(windowFigures) : null),
                            log)
                    .run();
        } finally {
            if (keep == null) {
                Folders.delete(folder);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(report) : table(report));
        out.flush();
        return report.allTargetsMet() ? 0 : TARGET_MISSED;
    }

    private static String table(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Errata benchmark: %,d rows × %d columns, %.1f MB CSV%n%s%n%n",
                report.rows(),
                report.columns(),
                report.fileBytes() / 1048576.0,
                report.environment().describe()));
        for (Measurement m : report.figures()) {
            out.append(String.format(
                                    Locale.ROOT,
                                    "%-66s %10.2f %-3s %-40s %s",
                                    m.label(),
                                    m.value(),
                                    m.unit(),
                                    m.targetText(),
                                    Double.isNaN(m.limit()) ? "" : m.met() ? "met" : "MISSED")
                            .stripTrailing())
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String json(BenchReport report) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("rows", report.rows());
        root.put("columns", report.columns());
        root.put("file_bytes", report.fileBytes());
        ObjectNode env = root.putObject("environment");
        env.put("java", report.environment().java());
        env.put("vm", report.environment().vm());
        env.put("os", report.environment().os());
        env.put("cores", report.environment().cores());
        env.put("max_heap_bytes", report.environment().maxHeapBytes());
        ObjectNode figures = root.putObject("figures");
        for (Measurement m : report.figures()) {
            ObjectNode f = figures.putObject(m.key());
            f.put("value", m.value());
            f.put("unit", m.unit());
            if (!Double.isNaN(m.limit())) {
                f.put("limit", m.limit());
            }
            f.put("met", m.met());
        }
        root.put("all_targets_met", report.allTargetsMet());
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }
}
