package dev.errata.spark;

import dev.errata.cli.SampleOptions;
import dev.errata.cli.SliceOptions;
import dev.errata.cli.TagColumnOptions;
import dev.errata.data.Excerpt;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSettings.ColumnPair;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import dev.errata.project.ProjectOpener;
import dev.errata.report.MetricsJson;
import dev.errata.report.MetricsSummary;
import dev.errata.report.MetricsText;
import dev.errata.spark.SlicesOnSpark.Roles;
import dev.errata.tags.ReviewQueue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The job spark-submit runs: {@code metrics DATA --label … --prediction …} prints errata-metrics/1 of the data. */
@Command(
        name = "errata-spark",
        mixinStandardHelpOptions = true,
        subcommands = {SparkJob.Metrics.class, SparkJob.Sample.class},
        description = "Errata's metrics of evaluation data in Parquet or CSV, computed on Apache Spark.")
public final class SparkJob {

    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its handling of bad input: one line on stderr and exit code 2, no stack trace. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new SparkJob());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof AnalysisException) {
                // Spark's messages quote the path and the columns: kept to one visible line of bounded length
                cmd.getErr().println("errata-spark: " + Excerpt.of(String.valueOf(e.getMessage()), 2000));
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            throw e;
        });
        return line;
    }

    @Command(
            name = "metrics",
            mixinStandardHelpOptions = true,
            description = "Prints the metrics of a classification, overall and per class, as `errata metrics` does.")
    static final class Metrics implements Callable<Integer> {

        @Mixin
        InputOptions input = new InputOptions();

        @Option(names = "--positive-class", paramLabel = "CLASS", description = "Binary: the positive class.")
        String positiveClass;

        @Option(
                names = "--score",
                paramLabel = "COL",
                description = "Binary: the positive class's probability, for ROC AUC, average precision, log loss and"
                        + " Brier score.")
        String score;

        @Option(
                names = "--proba-prefix",
                paramLabel = "PREFIX",
                description = "More than two classes: the probability columns are PREFIX<class>, e.g. proba_, for the"
                        + " one-against-the-rest ROC AUC, log loss and Brier score.")
        String probaPrefix;

        @Option(
                names = "--threshold",
                paramLabel = "X",
                description = "Binary with --score: the score at or above which a row is positive, for the rates at"
                        + " the threshold (default 0.5).")
        Double threshold;

        @Option(
                names = "--task",
                paramLabel = "TASK",
                description = "regression, else a classification: binary or multiclass by its number of classes")
        String task;

        @Option(
                names = "--tolerance",
                paramLabel = "NUMBER",
                description = "Regression: an absolute residual above it is an error (default: the 80th"
                        + " percentile of absolute residuals, exact).")
        Double tolerance;

        @Mixin
        SliceOptions slicing = new SliceOptions();

        @Mixin
        TagColumnOptions tagging = new TagColumnOptions();

        @Option(
                names = "--rule",
                paramLabel = "NAME=RULE",
                description = "A rule tag: its name and its rule in the desktop's rule language, e.g. 'noisy=snr < 10'"
                        + " (repeatable).")
        List<String> rules = new ArrayList<>();

        @Option(
                names = "--project",
                paramLabel = "FILE",
                description = "A project (NAME.errata.json) whose rule tags and tags of flag columns to count; its hand"
                        + " tags are counted on the desktop only.")
        Path project;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!List.of("text", "json").contains(format)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--format is text or json, not \"" + format + "\"");
            }
            Task given = task == null ? null : Task.fromKey(task);
            if (given == Task.REGRESSION && score != null) {
                throw new IllegalArgumentException("--score is a classification's; a regression has no scores");
            }
            if (given == Task.TRANSCRIPTION) {
                throw new IllegalArgumentException(
                        "the Spark job computes classification and regression metrics, not transcription ones");
            }
            TagRequest tags = new TagRequest(
                    project == null ? List.of() : ProjectOpener.tagDefinitions(project),
                    tagging.columns(),
                    tagging.globs(),
                    TagRequest.rules(rules));
            SparkSession spark =
                    SparkSession.builder().appName("errata metrics").getOrCreate();
            try {
                List<ColumnPair> pairs = slicing.crosses();
                MetricsSummary summary = given == Task.REGRESSION
                        ? summarizeRegression(
                                spark,
                                input.data,
                                new Roles(
                                        input.label,
                                        input.prediction,
                                        "double",
                                        slicing.slices(),
                                        pairs,
                                        slicing.bins()),
                                tolerance == null ? Double.NaN : tolerance,
                                tags)
                        : summarize(
                                spark,
                                input.data,
                                new Roles(
                                        input.label,
                                        input.prediction,
                                        "string",
                                        slicing.slices(),
                                        pairs,
                                        slicing.bins()),
                                positiveClass,
                                score,
                                probaPrefix,
                                threshold == null ? MetricsSettings.defaults().threshold() : threshold,
                                tags);
                PrintWriter out = spec.commandLine().getOut();
                out.print(format.equals("json") ? MetricsJson.write(summary) : MetricsText.write(summary));
                out.flush();
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(
            name = "sample",
            mixinStandardHelpOptions = true,
            description = {
                "Draws errors and correct rows at random from the whole data, as `errata review sample` does, and"
                        + " writes them with a project whose review queue they are.",
                "The project's hand-tag estimates speak for the whole data: its design holds the strata's sizes in"
                        + " all rows."
            })
    static final class Sample implements Callable<Integer> {

        @Mixin
        InputOptions input = new InputOptions();

        @Mixin
        SampleOptions sampling = new SampleOptions();

        @Option(
                names = {"--by", "--per"},
                paramLabel = "COLUMN",
                description = "Stratify by this column's text values within errors and correct rows.")
        String by;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long drawSeed = sampling.drawSeed();
            SparkSession spark = SparkSession.builder().appName("errata sample").getOrCreate();
            try {
                SampleOnSpark.Drawn drawn = SampleOnSpark.draw(
                        SparkInput.read(spark, input.data),
                        input.label,
                        input.prediction,
                        by,
                        sampling.errors(),
                        sampling.correct(),
                        drawSeed);
                String name = name(input.data).replaceFirst("\\.[^.]*$", "") + "-sample";
                Path project = SampleProject.write(drawn, input.label, input.prediction, out, name);
                PrintWriter printed = spec.commandLine().getOut();
                printed.printf(
                        Locale.ROOT,
                        "drew %d rows of %s into %s (seed %d)%n",
                        drawn.rows().size(),
                        name(input.data),
                        project,
                        drawSeed);
                for (ReviewQueue.Stratum s : drawn.queue().strata()) {
                    printed.printf(
                            Locale.ROOT,
                            "  %-40s %8d of %12d  (inclusion chance %.6g)%n",
                            s.name(),
                            s.drawn(),
                            s.population(),
                            s.inclusionChance());
                }
                printed.flush();
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    /**
     * The classification metrics of the data at {@code path}, overall, per slice and per tag, with the score
     * metrics of the column {@code score} (null for none).
     */
    static MetricsSummary summarize(
            SparkSession spark, String path, Roles roles, String positiveClass, String score, TagRequest tagRequest) {
        return summarize(
                spark,
                path,
                roles,
                positiveClass,
                score,
                null,
                MetricsSettings.defaults().threshold(),
                tagRequest);
    }

    /**
     * As above, with the class probabilities of columns named {@code probaPrefix}{@literal <class>} (null for
     * none), and a binary score's rates at {@code threshold}.
     */
    static MetricsSummary summarize(
            SparkSession spark,
            String path,
            Roles roles,
            String positiveClass,
            String score,
            String probaPrefix,
            double threshold,
            TagRequest tagRequest) {
        Dataset<Row> data = SparkInput.read(spark, path);
        ClassificationOnSpark counted = ClassificationOnSpark.count(data, roles.label(), roles.prediction());
        int classes = counted.classes().size();
        int positive = classes == 2 ? counted.positive(positiveClass) : -1;
        SlicesOnSpark.ScoreColumn scoreColumns =
                scoreColumns(data, counted.classes(), positive, score, probaPrefix, threshold);
        SlicesOnSpark.Tables slices = SlicesOnSpark.count(
                data,
                roles,
                classes == 2 ? Task.BINARY : Task.MULTICLASS,
                classes,
                positive,
                ClassificationOnSpark.classified(ClassificationOnSpark.index(counted.classes())),
                scoreColumns);
        SliceScoresOnSpark.Scored scores = scoreColumns == null
                ? null
                : ScoresOnSpark.count(data, roles.label(), roles.prediction(), scoreColumns);
        ConfusionTotals totals = ConfusionTotals.of(counted.counts(), -1);
        List<String> warnings = new ArrayList<>();
        List<TagMetrics> tags = tags(
                data,
                roles,
                tagRequest,
                ClassificationOnSpark.outcome(),
                totals.evaluable(),
                totals.errors(),
                warnings);
        return new MetricsSummary(
                name(path),
                positiveClass,
                warnings,
                CountedSnapshot.of(counted, positive, threshold, scores, slices, tags));
    }

    /**
     * The regression metrics of the data at {@code path}, overall, per slice and per tag; {@code tolerance} NaN
     * for the desktop's default.
     */
    static MetricsSummary summarizeRegression(
            SparkSession spark, String path, Roles roles, double tolerance, TagRequest tagRequest) {
        Dataset<Row> data = SparkInput.read(spark, path);
        RegressionOnSpark summed = RegressionOnSpark.sum(data, roles.label(), roles.prediction(), tolerance);
        List<SliceTable> slices = SlicesOnSpark.count(
                        data,
                        roles,
                        Task.REGRESSION,
                        GroupCounts.MEASURED,
                        -1,
                        RegressionOnSpark.measured(summed.tolerance()),
                        null)
                .byPrediction();
        List<String> warnings = new ArrayList<>();
        List<TagMetrics> tags = tags(
                data,
                roles,
                tagRequest,
                RegressionOnSpark.outcome(summed.tolerance()),
                summed.evaluable(),
                summed.errors(),
                warnings);
        return new MetricsSummary(name(path), null, warnings, CountedSnapshot.of(summed, slices, tags));
    }

    /**
     * The score columns asked for: a binary classification's positive-class score, or each class's probability
     * column, named by the prefix as the desktop names them; null for none.
     *
     * @throws IllegalArgumentException when the scores do not fit the number of classes, or the prefix names no
     *     column
     */
    private static SlicesOnSpark.ScoreColumn scoreColumns(
            Dataset<Row> data, List<String> classes, int positive, String score, String probaPrefix, double threshold) {
        if (score != null && probaPrefix != null) {
            throw new IllegalArgumentException(
                    "give --score (two classes) or --proba-prefix (more than two classes), not both");
        }
        if (score != null) {
            if (classes.size() != 2) {
                throw new IllegalArgumentException("--score is the positive class's probability of a binary"
                        + " classification; the data has " + classes.size() + " classes");
            }
            return SlicesOnSpark.ScoreColumn.binary(score, classes.get(positive), threshold);
        }
        if (probaPrefix == null) {
            return null;
        }
        if (classes.size() < 3) {
            throw new IllegalArgumentException("--proba-prefix is for more than two classes; with two, give --score,"
                    + " the positive class's probability");
        }
        List<String> names = List.of(data.columns());
        List<String> columns = new ArrayList<>();
        for (String c : classes) {
            columns.add(names.contains(probaPrefix + c) ? probaPrefix + c : null);
        }
        if (columns.stream().allMatch(c -> c == null)) {
            throw new IllegalArgumentException("no column of the data starts with --proba-prefix \"" + probaPrefix
                    + "\" followed by a class; the classes are " + classes);
        }
        return SlicesOnSpark.ScoreColumn.multiclass(columns, classes);
    }

    /** The metrics of the tags asked for; none when none are. */
    private static List<TagMetrics> tags(
            Dataset<Row> data,
            Roles roles,
            TagRequest request,
            TagsOnSpark.Outcome outcome,
            long evaluable,
            long errors,
            List<String> warnings) {
        List<String> names = List.of(data.columns());
        List<TagsOnSpark.Wanted> wanted = request.wanted(names, Set.of(roles.label(), roles.prediction()), warnings);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return TagsOnSpark.count(
                TagsOnSpark.rows(data, roles.label(), roles.prediction(), roles.type()),
                names,
                wanted,
                outcome,
                evaluable,
                errors);
    }

    /** Data is named as the desktop names it: by its file name. */
    private static String name(String path) {
        return Path.of(path).getFileName().toString();
    }
}
