package dev.errata.project;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a project's saved views show or sort by: what the analyst looks at, so what a report slices
 * by until projects keep their own slice columns. Role columns (id, label, prediction, scores) are left
 * out: slicing by them says nothing.
 */
public final class ViewColumns {

    private static final int MAX_GROUPS = 50;

    private ViewColumns() {
    }

    public static List<String> of(Project project) {
        Set<String> columns = new LinkedHashSet<>();
        for (SavedView view : project.views()) {
            columns.addAll(view.visibleColumns());
            if (view.sortColumn() != null) {
                columns.add(view.sortColumn());
            }
        }
        columns.removeAll(roleColumns(project.roles()));
        columns.retainAll(project.dataset().columnNames());
        return List.copyOf(columns);
    }

    /**
     * The views' columns, else every column that plays no role and has at most {@link #MAX_GROUPS} values
     * (numbers are binned): what the window slices a report by. Ids and free text are left out, since a
     * slice per value says nothing.
     */
    public static List<String> ofOrEvery(Project project) {
        List<String> shown = of(project);
        if (!shown.isEmpty()) {
            return shown;
        }
        Dataset data = project.dataset();
        Set<String> columns = new LinkedHashSet<>(data.columnNames());
        columns.removeAll(roleColumns(project.roles()));
        columns.removeIf(name -> data.column(name) instanceof CategoricalColumn text && text.levelCount() > MAX_GROUPS);
        return List.copyOf(columns);
    }

    private static Set<String> roleColumns(ColumnRoles roles) {
        Set<String> roleColumns = new LinkedHashSet<>(roles.classScores().values());
        for (String role : new String[] {roles.id(), roles.label(), roles.prediction(), roles.score()}) {
            if (role != null) {
                roleColumns.add(role);
            }
        }
        return roleColumns;
    }
}
