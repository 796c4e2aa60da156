package dev.errata.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first rows of a CSV file with the roles and task Errata would pick, read from the head of the file
 * only, for the import dialog to show before the user commits to a load. It keeps what the head says of
 * each column, so the task and classes can be worked out again when the user chooses other roles.
 */
public final class CsvPreview {

    private final List<String> columns;
    private final List<List<String>> rows;
    private final ColumnRoles detected;
    private final Task task;
    private final String encoding;
    private final long rowCount;
    private final boolean wholeFile;
    private final Map<String, CellSink> sampled;

    private CsvPreview(
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

    /** @throws BadInputException when even the header cannot be read */
    public static CsvPreview of(Path file) {
        CsvSample sample = CsvImporter.sample(file, ImportRequest.of(file), MemoryEstimate::available);
        List<String> columns = List.of(sample.header().names());
        List<List<String>> rows = new ArrayList<>();
        int count = Math.min(sample.records(), CellSink.PREVIEW_ROWS);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(columns.size());
            for (CellSink column : sample.columns()) {
                row.add(column.firstValues.get(r));
            }
            rows.add(row);
        }
        Map<String, CellSink> sampled = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            sampled.putIfAbsent(columns.get(i), sample.columns()[i]);
        }
        long size = sample.source().size();
        long read = sample.header().dataOffset() + (long) sample.sampledBytes();
        boolean whole = read >= size || sample.sampledBytes() == 0;
        long rowCount = whole || sample.sampledBytes() == 0
                ? sample.records()
                : Math.round((double) sample.records() * (size - sample.header().dataOffset()) / sample.sampledBytes());
        CsvPreview unsure = new CsvPreview(columns, rows, null, null, "", rowCount, whole, sampled);
        ColumnRoles detected = RoleDetector.detect(columns);
        Task task = unsure.taskFor(detected);
        return new CsvPreview(
                columns,
                rows,
                detected.withTask(task),
                task,
                TextEncoding.displayName(sample.source().encoding()),
                rowCount,
                whole,
                sampled);
    }

    /** The task the head of the file suggests for these roles; null without a label. */
    public Task taskFor(ColumnRoles roles) {
        if (roles.label() == null || !sampled.containsKey(roles.label())) {
            return null;
        }
        if (TaskInference.isRegression(roles, sampled.get(roles.label()))) {
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
                && TaskInference.isFreeText(label.sample, label.present)
                && TaskInference.isFreeText(prediction.sample, prediction.present);
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

    /** The character encoding the file was read in, as a person names it ("UTF-8", "Windows-1252"). */
    public String encoding() {
        return encoding;
    }

    /** The file's data rows: counted when the head is the whole file, else estimated from the head's. */
    public long rowCount() {
        return rowCount;
    }

    /** Whether {@link #rowCount()} is a count rather than an estimate. */
    public boolean isWholeFile() {
        return wholeFile;
    }
}
