package dev.errata.project;

import java.util.List;

/**
 * A named way of looking at the rows.
 *
 * @param filter the filter bar's text
 * @param sortColumn null when unsorted
 * @param sortDirection "ascending" or "descending"; null when unsorted
 * @param visibleColumns the columns shown, in order; empty shows all
 */
public record SavedView(
        String name, String filter, String sortColumn, String sortDirection, List<String> visibleColumns) {

    public SavedView {
        if (sortDirection != null && !sortDirection.equals("ascending") && !sortDirection.equals("descending")) {
            throw new IllegalArgumentException(
                    "view \"" + name + "\": sort direction must be ascending or descending, not " + sortDirection);
        }
        visibleColumns = visibleColumns == null ? List.of() : List.copyOf(visibleColumns);
        filter = filter == null ? "" : filter;
    }
}
