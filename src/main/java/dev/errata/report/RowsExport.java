package dev.errata.report;

import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagMembership;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Every row with its data, whether it is an error, its tags (one 0/1 column per tag, named
 * {@code tag:NAME}), whether it was reviewed and its note, and who reviewed it and who tagged it
 * ({@code reviewed_by}, {@code tagged_by}: empty where no one is recorded).
 */
public final class RowsExport {

    private static final int PROGRESS_ROWS = 4096;

    private RowsExport() {}

    public static void write(Writer out, Dataset data, ErrorRows errors, List<TagMembership> tags, Annotations work)
            throws IOException {
        write(out, data, errors, tags, work, IntStream.range(0, data.rowCount()).toArray(), Progress.NONE);
    }

    /**
     * Only the given rows, in their order, e.g. those a filter shows.
     *
     * @throws dev.errata.data.CancelledException when the progress reports the user cancelled
     */
    public static void write(
            Writer out,
            Dataset data,
            ErrorRows errors,
            List<TagMembership> tags,
            Annotations work,
            int[] rows,
            Progress progress)
            throws IOException {
        List<Column> columns = data.columns();
        try (ExportCsv csv = new ExportCsv(out, header(data, tags))) {
            for (int i = 0; i < rows.length; i++) {
                if (i % PROGRESS_ROWS == 0) {
                    progress.checkCancelled();
                    progress.update((double) i / rows.length);
                }
                int row = rows[i];
                List<String> cells = ExportCsv.cells();
                for (Column column : columns) {
                    String text = column.text(row);
                    // a number column's cells are numbers, so no quote goes before a negative one
                    cells.add(column instanceof NumericColumn ? text : ExportCsv.text(text));
                }
                cells.add(
                        errors.evaluable().contains(row)
                                ? ExportCsv.flag(errors.errors().contains(row))
                                : "");
                cells.add(ExportCsv.flag(work.reviewed().contains(row)));
                cells.add(ExportCsv.text(work.notes().get(row)));
                for (TagMembership tag : tags) {
                    cells.add(ExportCsv.flag(tag.rows().contains(row)));
                }
                cells.add(ExportCsv.text(String.join(", ", work.reviewers(row))));
                cells.add(ExportCsv.text(taggers(work, tags, row)));
                csv.row(cells);
            }
        }
    }

    /** Who put each hand tag on the row, as {@code noise: alice, bob; hum: carol}. */
    private static String taggers(Annotations work, List<TagMembership> tags, int row) {
        List<String> parts = new ArrayList<>();
        for (TagMembership tag : tags) {
            List<String> who = work.taggers(tag.tag().name(), row);
            if (!who.isEmpty() && tag.rows().contains(row)) {
                parts.add(tag.tag().name() + ": " + String.join(", ", who));
            }
        }
        return String.join("; ", parts);
    }

    /** The data's columns, then the added ones, renamed with a trailing _ where the data already has the name. */
    private static List<String> header(Dataset data, List<TagMembership> tags) {
        List<String> header = new ArrayList<>(data.columnNames());
        Set<String> taken = new HashSet<>(header);
        List<String> added = new ArrayList<>(List.of("error", "reviewed", "note"));
        tags.forEach(t -> added.add("tag:" + t.tag().name()));
        added.addAll(List.of("reviewed_by", "tagged_by"));
        for (String name : added) {
            String unique = columnName(taken, name);
            taken.add(unique);
            header.add(unique);
        }
        return header;
    }

    /** The name an added column ({@code reviewed}, {@code note}, …) gets beside the taken ones: a trailing _ per clash. */
    public static String columnName(Collection<String> taken, String added) {
        String unique = added;
        while (taken.contains(unique)) {
            unique += "_";
        }
        return unique;
    }
}
