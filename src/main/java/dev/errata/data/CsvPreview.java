package dev.errata.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first rows of a CSV file with the roles and task Errata would pick, read from the head of the file
 * only, for the import dialog to show before the user commits to a load.
 *
 * @param rows up to 50 rows, each one string per column (empty when missing)
 * @param task the task the sampled labels suggest; null when no label column was found
 * @param encoding the character encoding the file was read in, as a person names it ("UTF-8", "Windows-1252")
 */
public record CsvPreview(List<String> columns, List<List<String>> rows, ColumnRoles detected, Task task, String encoding) {

    public CsvPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
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
        ColumnRoles detected = RoleDetector.detect(columns);
        Task task = detected.label() == null ? null : TaskInference.isRegression(detected, sample) ? Task.REGRESSION
                : TaskInference.classificationTask(detected, distinctClasses(sample, detected));
        return new CsvPreview(columns, rows, detected.withTask(task), task, TextEncoding.displayName(sample.source().encoding()));
    }

    private static Set<String> distinctClasses(CsvSample sample, ColumnRoles roles) {
        Set<String> classes = new LinkedHashSet<>(sample.column(roles.label()).sample);
        if (roles.prediction() != null) {
            classes.addAll(sample.column(roles.prediction()).sample);
        }
        return classes;
    }
}
