package dev.errata.cli;

import dev.errata.data.ColumnChoice;
import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.ImportRequest;
import dev.errata.data.RoleDetector;
import dev.errata.data.Task;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How a command is told which data to read and which columns play which part, when no project says it. */
public final class DataOptions {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DATA.csv",
            description = "The evaluation data (labels, predictions and features), or a project (NAME.errata.json).")
    Path data;

    @Option(names = "--predictions", paramLabel = "P.csv", description = "A predictions file to join to DATA.csv.")
    Path predictions;

    @Option(names = "--join", paramLabel = "COL", description = "The id column both files share.")
    String join;

    @Option(names = "--id", paramLabel = "COL", description = "The column holding row ids.")
    String id;

    @Option(names = "--label", paramLabel = "COL", description = "The column holding the true value.")
    String label;

    @Option(names = "--prediction", paramLabel = "COL", description = "The column holding the model's prediction.")
    String prediction;

    @Option(names = "--score", paramLabel = "COL", description = "The positive class's probability (binary).")
    String score;

    @Option(
            names = "--proba-prefix",
            paramLabel = "PREFIX",
            description = "Class probability columns are PREFIX<class>, e.g. proba_ (multiclass).")
    String probaPrefix;

    @Option(
            names = "--task",
            paramLabel = "TASK",
            description = "binary, multiclass, regression or transcription (detected if left out).")
    String task;

    @Option(names = "--positive", paramLabel = "CLASS", description = "The positive class of a binary task.")
    String positive;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description =
                    "The files' character encoding, e.g. windows-1252, ISO-8859-1 or UTF-16LE (detected if left out:"
                            + " a byte order mark's, else UTF-8, else Windows-1252 when the bytes are not UTF-8).")
    String encoding;

    @Option(
            names = "--lenient",
            description = "Read a non-numeric score or target as missing (counted in a warning) instead of failing.")
    boolean lenient;

    boolean hasData() {
        return data != null && !namesProject();
    }

    /** Whether the positional argument is a project file rather than data. */
    boolean namesProject() {
        return data != null && data.getFileName().toString().endsWith(".errata.json");
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown --encoding \"" + encoding + "\"; e.g. UTF-8, windows-1252, ISO-8859-1, UTF-16LE");
        }
    }

    /** The import the options describe. */
    ImportRequest request() {
        ImportRequest files = new ImportRequest(data, predictions, join, null, !lenient, charset(), ColumnChoice.ALL);
        Map<String, String> classScores = null;
        if (probaPrefix != null) {
            classScores = RoleDetector.classScores(CsvImporter.columnNames(files), probaPrefix);
            if (classScores.isEmpty()) {
                throw new IllegalArgumentException(
                        "no column of " + data.getFileName() + " starts with --proba-prefix \"" + probaPrefix + "\"");
            }
        }
        ColumnRoles chosen = new ColumnRoles(
                id, label, prediction, score, classScores, task == null ? null : Task.fromKey(task), positive);
        return files.withOverrides(chosen);
    }
}
