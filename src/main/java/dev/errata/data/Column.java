package dev.errata.data;

/** One column of a loaded dataset, stored as a primitive array indexed by row. */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    String name();

    int size();

    boolean isMissing(int row);

    /** The cell as the user reads it; empty when missing. */
    String text(int row);
}
