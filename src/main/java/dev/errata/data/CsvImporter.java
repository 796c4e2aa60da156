package dev.errata.data;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Reads evaluation data from CSV or Parquet, and a predictions file to join by id in either format, into a
 * columnar dataset with its column roles.
 */
public final class CsvImporter {

    private final LongSupplier memoryBudget;
    private final TableCache cache;

    /** An importer that may use the memory the JVM has left, and the user's table cache. */
    public CsvImporter() {
        this(TableCache.user());
    }

    /** An importer with a table cache of its own, or {@link TableCache#none()} to parse every file. */
    public CsvImporter(TableCache cache) {
        this(MemoryEstimate::available, cache);
    }

    /** An importer with a memory budget in bytes, for tests of files too large for it. */
    public CsvImporter(LongSupplier memoryBudget) {
        this(memoryBudget, TableCache.user());
    }

    private CsvImporter(LongSupplier memoryBudget, TableCache cache) {
        this.memoryBudget = memoryBudget;
        this.cache = cache;
    }

    /**
     * Loads, detects roles and the task, applies the request's overrides and validates.
     *
     * @throws BadInputException naming file, line and column of the first problem
     * @throws CancelledException when the progress reports the user cancelled
     * @throws InsufficientMemoryException when the file would not fit in memory, before reading it
     */
    public LoadedData load(ImportRequest request, Progress progress) {
        double dataShare = request.predictions() == null ? 1 : share(request.data(), request.predictions());
        TableSource data = source(request.data(), request, scaled(progress, 0, dataShare));
        TableSource predictions = request.predictions() == null
                ? null
                : source(request.predictions(), request, scaled(progress, dataShare, 1 - dataShare));
        List<String> allNames = new ArrayList<>(data.names());
        if (predictions != null) {
            allNames.addAll(predictions.names());
        }
        ColumnRoles roles = RoleDetector.merge(RoleDetector.detect(allNames), request.overrides());
        if (request.joinColumn() != null) {
            roles = roles.withId(request.joinColumn());
        }
        RoleCheck.requireColumns(roles, request.data(), allNames);
        TableSource labelSource = predictions != null && !data.names().contains(roles.label()) ? predictions : data;
        boolean regression = labelSource.isRegression(roles);

        List<String> warnings = new ArrayList<>();
        FileTable dataTable = data.read(roles, regression, warnings);
        RoleCheck.requireScoreForEveryClass(dataTable, roles);
        List<Column> columns = dataTable.columns();
        String idColumn = roles.id() != null && dataTable.names().contains(roles.id()) ? roles.id() : null;
        RowIdIndex ids = null;
        if (predictions != null) {
            String join = roles.id();
            if (join == null) {
                throw new BadInputException(
                        request.predictions(), 1, 1, "no id column to join the predictions on; name it with --join");
            }
            FileTable predictionTable = predictions.read(roles, regression, warnings);
            RoleCheck.requireScoreForEveryClass(predictionTable, roles);
            columns = PredictionsJoin.join(dataTable, predictionTable, join, warnings);
        } else if (idColumn != null) {
            ids = PredictionsJoin.uniqueIds(dataTable, dataTable.column(idColumn));
        }
        Dataset dataset = new Dataset(DataFiles.stem(request.data()), columns, dataTable.lines(), idColumn, ids);
        roles = completeRoles(roles, dataset, regression);
        warnings.addAll(RoleCheck.missingTargets(dataset, roles));
        progress.update(1);
        return new LoadedData(dataset, roles, warnings);
    }

    /** A data file of either format, by its ending. */
    private TableSource source(Path file, ImportRequest request, Progress progress) {
        return DataFiles.isParquet(file)
                ? new ParquetTableSource(file, request, progress)
                : CsvTableSource.of(file, request, memoryBudget, cache, progress);
    }

    /** The column names of a data file (and of its predictions file, if any), read from the headers only. */
    public static List<String> columnNames(ImportRequest request) {
        List<String> names = new ArrayList<>(columnNames(request.data(), request));
        if (request.predictions() != null) {
            names.addAll(columnNames(request.predictions(), request));
        }
        return names;
    }

    private static List<String> columnNames(Path file, ImportRequest request) {
        return DataFiles.isParquet(file)
                ? ParquetTable.columnNames(file)
                : List.of(sample(file, request.encoding(), MemoryEstimate::available)
                        .header()
                        .names());
    }

    /** The head of one of the request's files, in the encoding the request names or else the one detected. */
    static CsvSample sample(Path file, Charset encoding, LongSupplier memoryBudget) {
        requireReadable(file);
        return CsvSample.take(CsvSource.open(file, encoding, memoryBudget));
    }

    static ColumnRoles completeRoles(ColumnRoles roles, Dataset dataset, boolean regression) {
        if (regression) {
            return roles.withTask(Task.REGRESSION).withPositiveClass(null);
        }
        if (roles.task() == Task.TRANSCRIPTION || roles.task() == null && holdsTranscripts(dataset, roles)) {
            return roles.withTask(Task.TRANSCRIPTION).withPositiveClass(null);
        }
        Set<String> classes =
                new LinkedHashSet<>(dataset.categorical(roles.label()).levels());
        if (roles.prediction() != null) {
            classes.addAll(dataset.categorical(roles.prediction()).levels());
        }
        Task task = TaskInference.classificationTask(roles, classes);
        roles = roles.withTask(task);
        return task == Task.BINARY
                ? roles.withPositiveClass(TaskInference.positiveClass(roles, classes, dataset))
                : roles;
    }

    /** Whether the label and the prediction are both free text, as transcripts are. */
    private static boolean holdsTranscripts(Dataset dataset, ColumnRoles roles) {
        if (roles.prediction() == null) {
            return false;
        }
        for (String name : List.of(roles.label(), roles.prediction())) {
            CategoricalColumn column = dataset.categorical(name);
            if (!TaskInference.isFreeText(column.levels(), () -> presentCells(column))) {
                return false;
            }
        }
        return true;
    }

    private static int presentCells(CategoricalColumn column) {
        int present = 0;
        for (int row = 0; row < column.size(); row++) {
            present += column.isMissing(row) ? 0 : 1;
        }
        return present;
    }

    private static double share(Path data, Path predictions) {
        long a = sizeOf(data);
        long b = sizeOf(predictions);
        return a + b == 0 ? 0.5 : (double) a / (a + b);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Progress scaled(Progress progress, double from, double width) {
        return new Progress() {
            @Override
            public void update(double fractionDone) {
                progress.update(from + width * fractionDone);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 1, 1, Files.exists(file) ? "not a file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file, 1, 1, "the file cannot be read (permission denied)");
        }
    }
}
