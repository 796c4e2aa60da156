package dev.errata.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first rows of a data file with the roles and task Errata would pick, read from the head of the file
 * only (a CSV file's first megabyte, a Parquet file's first row groups), for the import dialog to show before the user commits to a load. It keeps what the head says of
 * each column, so the task and classes can be worked out again when the user chooses other roles.
 */
public final class DataPreview {

    /** A Parquet file's rows looked at for its roles and task, as a CSV's first megabyte is. */
    private static final int PARQUET_ROWS_SNIFFED = 10_000;

    private final List<String> columns;
    private final List<List<String>> rows;
    private final ColumnRoles detected;
    private final Task task;
    private final String encoding;
    private final long rowCount;
    private final boolean wholeFile;
    private final Map<String, CellSink> sampled;

    private DataPreview(
            List<String> columns,
            List<List<String>> rows,
            ColumnRoles detected,
            Task task,
            String encoding,
            long rowCount,
            boolean wholeFile,
            Map<String, CellSink> sampled) {
        this.columns = List.copyOf(columns);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.detected = detected;
        this.task = task;
        this.encoding = encoding;
        this.rowCount = rowCount;
        this.wholeFile = wholeFile;
        this.sampled = sampled;
    }

    /** @throws BadInputException when even the header (or a Parquet file's footer) cannot be read */
    public static DataPreview of(Path file) {
        return DataFiles.isParquet(file) ? ofParquet(file) : ofCsv(file);
    }

    private static DataPreview ofCsv(Path file) {
        CsvSample sample = CsvImporter.sample(file, ImportRequest.of(file).encoding(), MemoryEstimate::available);
        long size = sample.source().size();
        long read = sample.header().dataOffset() + (long) sample.sampledBytes();
        boolean whole = read >= size || sample.sampledBytes() == 0;
        long rowCount = whole || sample.sampledBytes() == 0
                ? sample.records()
                : Math.round((double) sample.records() * (size - sample.header().dataOffset()) / sample.sampledBytes());
        return of(
                List.of(sample.header().names()),
                sample.columns(),
                sample.records(),
                TextEncoding.displayName(sample.source().encoding()),
                rowCount,
                whole);
    }

    /**
     * A Parquet file's first rows looked at as a CSV file's head is, each cell as the text a CSV of the same
     * rows holds, so both formats get the same roles and task for the same values.
     */
    private static DataPreview ofParquet(Path file) {
        ParquetTable head = ParquetTable.head(file, PARQUET_ROWS_SNIFFED);
        int records = Math.min(head.rows(), PARQUET_ROWS_SNIFFED);
        CellSink[] sinks = new CellSink[head.names().size()];
        for (int c = 0; c < sinks.length; c++) {
            sinks[c] = CellSink.sniffing();
            Column column = head.columns().get(c);
            for (int r = 0; r < records; r++) {
                byte[] text = column.text(r).getBytes(StandardCharsets.UTF_8);
                sinks[c].add(text, 0, text.length);
            }
        }
        return of(head.names(), sinks, records, "Parquet", head.fileRows(), true);
    }

    private static DataPreview of(
            List<String> columns, CellSink[] sinks, int records, String encoding, long rowCount, boolean whole) {
        List<List<String>> rows = new ArrayList<>();
        int count = Math.min(records, CellSink.PREVIEW_ROWS);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(columns.size());
            for (CellSink column : sinks) {
                row.add(column.firstValues.get(r));
            }
            rows.add(row);
        }
        Map<String, CellSink> sampled = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            sampled.putIfAbsent(columns.get(i), sinks[i]);
        }
        DataPreview unsure = new DataPreview(columns, rows, null, null, "", rowCount, whole, sampled);
        ColumnRoles detected = RoleDetector.detect(columns);
        Task task = unsure.taskFor(detected);
        return new DataPreview(columns, rows, detected.withTask(task), task, encoding, rowCount, whole, sampled);
    }

    /** The task the head of the file suggests for these roles; null without a label. */
    public Task taskFor(ColumnRoles roles) {
        if (roles.label() == null || !sampled.containsKey(roles.label())) {
            return null;
        }
        if (TaskInference.isRegression(roles, sampled.get(roles.label()).sampled())) {
            return Task.REGRESSION;
        }
        if (roles.task() == null && holdsTranscripts(roles)) {
            return Task.TRANSCRIPTION;
        }
        return TaskInference.classificationTask(roles, classesFor(roles));
    }

    private boolean holdsTranscripts(ColumnRoles roles) {
        CellSink label = sampled.get(roles.label());
        CellSink prediction = roles.prediction() == null ? null : sampled.get(roles.prediction());
        return prediction != null
                && TaskInference.isFreeText(label.sample, () -> label.present)
                && TaskInference.isFreeText(prediction.sample, () -> prediction.present);
    }

    /** The distinct labels and predictions of the head of the file (at most 64 of each), for these roles. */
    public Set<String> classesFor(ColumnRoles roles) {
        Set<String> classes = new LinkedHashSet<>();
        for (String column : new String[] {roles.label(), roles.prediction()}) {
            if (column != null && sampled.containsKey(column)) {
                classes.addAll(sampled.get(column).sample);
            }
        }
        return classes;
    }

    /** The distinct filled values of a column in the head of the file, at most 64; empty for no such column. */
    public Set<String> sampledValues(String column) {
        CellSink sink = sampled.get(column);
        return sink == null ? Set.of() : Set.copyOf(sink.sample);
    }

    public List<String> columns() {
        return columns;
    }

    /** Up to 50 rows, each one string per column (empty when missing). */
    public List<List<String>> rows() {
        return rows;
    }

    public ColumnRoles detected() {
        return detected;
    }

    /** The task the sampled labels suggest; null when no label column was found. */
    public Task task() {
        return task;
    }

    /** The character encoding the file was read in, as a person names it ("UTF-8", "Windows-1252"); "Parquet" for one. */
    public String encoding() {
        return encoding;
    }

    /** The file's data rows: counted when the head is the whole file or the file is Parquet, else estimated from the head's. */
    public long rowCount() {
        return rowCount;
    }

    /** Whether {@link #rowCount()} is a count rather than an estimate. */
    public boolean isWholeFile() {
        return wholeFile;
    }
}
