package dev.errata.ui.importing;

import dev.errata.data.ColumnRoles;
import dev.errata.ui.messages.Messages;
import java.util.function.Function;

/** A part a single column plays in the data, as the import dialog lets the user choose it. */
public enum ColumnRole {
    ID("import.role.id", ColumnRoles::id),
    LABEL("import.role.label", ColumnRoles::label),
    PREDICTION("import.role.prediction", ColumnRoles::prediction),
    SCORE("import.role.score", ColumnRoles::score);

    private final String key;
    private final Function<ColumnRoles, String> column;

    ColumnRole(String key, Function<ColumnRoles, String> column) {
        this.key = key;
        this.column = column;
    }

    /** The column playing this role, or null. */
    String of(ColumnRoles roles) {
        return column.apply(roles);
    }

    public String displayName() {
        return Messages.text(key);
    }
}
