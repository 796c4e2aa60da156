package dev.errata.data;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What to load: one CSV holding labels, predictions and features, or a dataset CSV plus a predictions CSV
 * joined on an id column.
 *
 * @param predictions the predictions file, or null when {@code data} holds the predictions
 * @param joinColumn the id column both files share; null to use the detected id column
 * @param overrides roles the user chose; each non-null field replaces what detection would pick
 * @param strict when true, a non-numeric value in a numeric role (score, regression label) is an error;
 *     when false it is read as missing and counted in a warning
 * @param encoding the character encoding of the files; null to detect it (UTF-8, a byte order mark's, or
 *     Windows-1252 when the bytes are not UTF-8)
 * @param columns the columns to read: every one, or the roles' and those the caller names
 */
public record ImportRequest(
        Path data,
        Path predictions,
        String joinColumn,
        ColumnRoles overrides,
        boolean strict,
        Charset encoding,
        ColumnChoice columns) {

    /** A request that detects the files' encoding and reads every column. */
    public ImportRequest(Path data, Path predictions, String joinColumn, ColumnRoles overrides, boolean strict) {
        this(data, predictions, joinColumn, overrides, strict, null, ColumnChoice.ALL);
    }

    public static ImportRequest of(Path data) {
        return new ImportRequest(data, null, null, null, true);
    }

    public ImportRequest withPredictions(Path file, String join) {
        return new ImportRequest(data, file, join, overrides, strict, encoding, columns);
    }

    public ImportRequest withOverrides(ColumnRoles roles) {
        return new ImportRequest(data, predictions, joinColumn, roles, strict, encoding, columns);
    }

    public ImportRequest lenient() {
        return new ImportRequest(data, predictions, joinColumn, overrides, false, encoding, columns);
    }

    public ImportRequest withEncoding(Charset chosen) {
        return new ImportRequest(data, predictions, joinColumn, overrides, strict, chosen, columns);
    }

    /** The same files, of which only these columns are read. */
    public ImportRequest reading(ColumnChoice chosen) {
        return new ImportRequest(data, predictions, joinColumn, overrides, strict, encoding, chosen);
    }
}
