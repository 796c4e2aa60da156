package dev.errata.workbench.rows;

import dev.errata.data.Dataset;
import dev.errata.project.SavedView;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Which rows to show and in what order: a filter and a sort. The window's row table and the command line
 * (a project's saved view) both ask it, so a view shows the same rows in the same order from either.
 *
 * @param sort null for the order of the file
 */
public record RowQuery(RowFilter filter, SortKey sort) {

    /**
     * A saved view as a query: its filter text is the table's search, and its sort a column.
     *
     * @throws IllegalArgumentException naming the view when it sorts by a column the data does not have
     */
    public static RowQuery of(SavedView view, Dataset dataset) {
        SortKey sort = null;
        if (view.sortColumn() != null) {
            if (dataset.find(view.sortColumn()).isEmpty()) {
                throw new IllegalArgumentException("view \"" + view.name() + "\" sorts by column \"" + view.sortColumn()
                        + "\", which " + dataset.name() + " does not have");
            }
            sort = SortKey.column(view.sortColumn(), !"descending".equals(view.sortDirection()));
        }
        return new RowQuery(new RowFilter(view.filter(), false, false, false, null, List.of()), sort);
    }

    /** The view of this name among a project's. */
    public static SavedView named(List<SavedView> views, String name) {
        return views.stream()
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        views.isEmpty()
                                ? "the project has no saved view, so none is called \"" + name + "\""
                                : "no saved view \"" + name + "\"; the project's views: "
                                        + String.join(
                                                ", ",
                                                views.stream()
                                                        .map(SavedView::name)
                                                        .toList())));
    }

    /** The rows the filter keeps, in file order. */
    public RoaringBitmap rows(Dataset dataset, RoaringBitmap errors, MarkedRows marks) {
        return filter.rows(dataset, errors, marks);
    }

    /** The rows in the query's order: sorted when it has a sort, else as given. */
    public int[] order(int[] rows, Dataset dataset, RoaringBitmap errors, MarkedRows marks) {
        return sort == null ? rows : sort.sort(rows, dataset, errors, marks);
    }

    /** The rows the filter keeps, in the query's order. */
    public int[] order(Dataset dataset, RoaringBitmap errors, MarkedRows marks) {
        return order(rows(dataset, errors, marks).toArray(), dataset, errors, marks);
    }
}
