package dev.errata.data;

import java.util.List;

/**
 * A data file of either format, read whole once its columns' roles are known, so that the importer reads a
 * CSV or a Parquet file, and joins either to a predictions file of either, the same way.
 */
interface TableSource {

    /** The columns' names, from the file's header or footer. */
    List<String> names();

    /** Whether the label, a column of this file, makes the task a regression, as its values say. */
    boolean isRegression(ColumnRoles roles);

    /**
     * The file's rows, each column stored as its role asks.
     *
     * @param warnings where what was read as missing is reported
     */
    FileTable read(ColumnRoles roles, boolean regression, List<String> warnings);
}
