package dev.errata.cli;

import dev.errata.data.ColumnRoles;
import dev.errata.project.Project;
import dev.errata.project.SavedView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a project's saved views show or sort by: what the analyst looks at, so what a report slices
 * by until projects keep their own slice columns. Role columns (id, label, prediction, scores) are left
 * out: slicing by them says nothing.
 */
final class ViewColumns {

    private ViewColumns() {
    }

    static List<String> of(Project project) {
        ColumnRoles roles = project.roles();
        Set<String> roleColumns = new LinkedHashSet<>(roles.classScores().values());
        for (String role : new String[] {roles.id(), roles.label(), roles.prediction(), roles.score()}) {
            if (role != null) {
                roleColumns.add(role);
            }
        }
        Set<String> columns = new LinkedHashSet<>();
        for (SavedView view : project.views()) {
            columns.addAll(view.visibleColumns());
            if (view.sortColumn() != null) {
                columns.add(view.sortColumn());
            }
        }
        columns.removeAll(roleColumns);
        columns.retainAll(project.dataset().columnNames());
        return List.copyOf(columns);
    }
}
