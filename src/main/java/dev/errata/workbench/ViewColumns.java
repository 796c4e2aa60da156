package dev.errata.workbench;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Model;
import dev.errata.project.SavedView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a report slices by when none are asked for: the columns the project's saved views show or
 * sort by (what the analyst looks at), else every column that plays no role and has at most
 * {@link #MAX_GROUPS} values (numbers are binned). Role columns (id, label, prediction, scores), the other
 * models' predictions and scores, ids and free text are left out: a slice per value of them says nothing.
 */
final class ViewColumns {

    private static final int MAX_GROUPS = 50;

    private ViewColumns() {}

    static List<String> of(List<SavedView> views, Dataset data, ColumnRoles roles, List<Model> models) {
        Set<String> columns = new LinkedHashSet<>();
        for (SavedView view : views) {
            columns.addAll(view.visibleColumns());
            if (view.sortColumn() != null) {
                columns.add(view.sortColumn());
            }
        }
        columns.removeAll(roles.columns());
        columns.removeIf(name -> models.stream().anyMatch(m -> m.owns(name)));
        columns.retainAll(data.columnNames());
        if (!columns.isEmpty()) {
            return List.copyOf(columns);
        }
        columns.addAll(data.columnNames());
        columns.removeAll(roles.columns());
        columns.removeIf(name -> models.stream().anyMatch(m -> m.owns(name)));
        columns.removeIf(name -> data.column(name) instanceof CategoricalColumn text && text.levelCount() > MAX_GROUPS);
        return List.copyOf(columns);
    }
}
