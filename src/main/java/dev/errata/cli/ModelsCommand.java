package dev.errata.cli;

import dev.errata.compare.VersionHistory;
import dev.errata.data.ColumnChoice;
import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.report.HistoryJson;
import dev.errata.report.HistoryText;
import dev.errata.report.NumberText;
import dev.errata.workbench.ProjectModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code errata models}: the models a project holds, adding one, and the history of its versions. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "Works on the models whose predictions a project holds and on the history of their versions.",
        footerHeading = "%nExample:%n",
        footer = {
            "  errata models add churn.errata.json --model v2=pred_v2:score_v2",
            "  errata models history churn.errata.json"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad input: a project, column or name that cannot be used"})
final class ModelsCommand {

    @Spec
    CommandSpec spec;

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Adds a model whose prediction (and score) columns the project's data holds, measures it on"
                    + " the project's rows and tags, records the version in the project's history and saves. The"
                    + " first time, the model the project's roles name joins too, under --first's name.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:added and saved", "2:bad input: a missing column, a name already taken, a bad date"})
    int add(
            @Parameters(paramLabel = "PROJECT", description = "The project (NAME.errata.json).") Path projectFile,
            @Option(
                            names = "--model",
                            required = true,
                            paramLabel = "NAME=COL[:SCORE]",
                            description =
                                    "The model: its name, prediction column and score column, or NAME=COL:PREFIX* for"
                                            + " its class probability columns.")
                    String model,
            @Option(
                            names = "--first",
                            paramLabel = "NAME",
                            defaultValue = "v1",
                            description = "The name of the model the project's roles name, when it has none yet"
                                    + " (default: ${DEFAULT-VALUE}).")
                    String first,
            @Option(
                            names = "--date",
                            paramLabel = "YYYY-MM-DD",
                            description = "The day the version is recorded under (default: today).")
                    String date)
            throws IOException {
        Model parsed = Model.parse(model);
        LocalDate day = day(date);
        PrintWriter out = spec.commandLine().getOut();
        try (Project project = new ProjectOpener().open(projectFile, Progress.NONE)) {
            List<ModelVersion> added = ProjectModels.add(project, parsed, first, day);
            project.save();
            for (ModelVersion v : added) {
                out.println("added " + v.model() + ": error rate "
                        + NumberText.percent(v.errorRate() == null ? Double.NaN : v.errorRate()) + " on "
                        + NumberText.count(v.rows()) + " rows, dated " + v.date());
            }
            out.println("saved " + project.file().getFileName());
        }
        out.flush();
        return 0;
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the project's models, each as NAME=COL[:SCORE], the first the one its roles name.")
    int list(@Parameters(paramLabel = "PROJECT", description = "The project (NAME.errata.json).") Path projectFile)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        // the list is the project file's: of the data, only what the project's own work reads
        try (Project project = new ProjectOpener().openToRead(projectFile, Progress.NONE, ColumnChoice.NONE)) {
            if (project.models().isEmpty()) {
                out.println("one model, unnamed: "
                        + Model.of("model", project.roles()).spec());
            }
            project.models().forEach(m -> out.println(m.spec()));
        }
        out.flush();
        return 0;
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description =
                    "Each version's error rate, each tag's error rate across versions with the gain the priorities"
                            + " predicted for it and the gain the last version achieved, and each slice's gap across versions.")
    int history(
            @Parameters(paramLabel = "PROJECT", description = "The project (NAME.errata.json).") Path projectFile,
            @Mixin FormatOption format)
            throws IOException {
        VersionHistory history;
        try (Project project = new ProjectOpener().openToRead(projectFile, Progress.NONE, ColumnChoice.NONE)) {
            history = VersionHistory.of(project.history(), project.models());
        }
        format.print(spec.commandLine().getOut(), () -> HistoryText.write(history), () -> HistoryJson.write(history));
        return 0;
    }

    private static LocalDate day(String date) {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date is YYYY-MM-DD, not \"" + date + "\"");
        }
    }
}
