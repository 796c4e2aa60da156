package dev.errata.report;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.ErrorRows;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagMembership;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roaringbitmap.IntIterator;

/**
 * The first rows of a tag, so a reader sees what the tag means: the row id, whether it is an error, the
 * role columns, then the other columns up to {@link #MAX_COLUMNS}, and the analyst's note.
 */
final class TagExamples {

    static final int MAX_COLUMNS = 8;

    private final Dataset dataset;
    private final List<String> columns;
    private final ErrorRows errors;
    private final Annotations work;

    TagExamples(Dataset dataset, ColumnRoles roles, ErrorRows errors, Annotations work) {
        this.dataset = dataset;
        this.errors = errors;
        this.work = work;
        Set<String> chosen = new LinkedHashSet<>();
        for (String role : new String[] {roles.label(), roles.prediction(), roles.score()}) {
            if (role != null) {
                chosen.add(role);
            }
        }
        for (String name : dataset.columnNames()) {
            if (chosen.size() >= MAX_COLUMNS) {
                break;
            }
            if (!name.equals(roles.id()) && !roles.classScores().containsValue(name)) {
                chosen.add(name);
            }
        }
        this.columns = List.copyOf(chosen);
    }

    /** The columns beyond {@link #MAX_COLUMNS} the examples leave out. */
    int hiddenColumns() {
        return Math.max(
                0,
                dataset.columnNames().size()
                        - columns.size()
                        - (dataset.idColumn().isPresent() ? 1 : 0));
    }

    ReportTable of(TagMembership tag, int limit) {
        List<String> header = new ArrayList<>(List.of("row", "outcome"));
        header.addAll(columns);
        header.add("note");
        ReportTable table = new ReportTable(header);
        IntIterator rows = tag.rows().getIntIterator();
        for (int shown = 0; shown < limit && rows.hasNext(); shown++) {
            int row = rows.next();
            List<String> cells = new ArrayList<>();
            cells.add(dataset.rowId(row));
            cells.add(
                    !errors.evaluable().contains(row)
                            ? "no label"
                            : errors.errors().contains(row) ? "error" : "right");
            columns.forEach(c -> cells.add(NumberText.cell(dataset.column(c), row)));
            String note = work.notes().get(row);
            cells.add(note == null ? "" : note);
            table.row(cells);
        }
        return table;
    }
}
