package dev.errata.data;

import java.util.List;

/**
 * A dataset ready for analysis: its columns, the roles its columns play (detected, then overridden by
 * the user) and what the user should know about how it was read.
 *
 * @param warnings one line each, e.g. rows left out of metrics because their label is empty
 */
public record LoadedData(Dataset dataset, ColumnRoles roles, List<String> warnings) {

    public LoadedData {
        warnings = List.copyOf(warnings);
    }
}
