package dev.errata.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks that the roles name real columns and that the data can be scored under them. */
final class RoleCheck {

    private RoleCheck() {}

    static void requireColumns(ColumnRoles roles, Path file, List<String> names) {
        if (names.size() < 2) {
            // any text file without commas reads as one column, whose name would be its first line: not quoted
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "the file has one column, so no label and prediction to compare; a data set has a "
                            + "column for each (a CSV file separates them with commas)");
        }
        if (roles.label() == null) {
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "no column is the label (true value); name it with --label." + " Columns: " + Excerpt.names(names));
        }
        if (roles.prediction() == null
                && roles.score() == null
                && roles.classScores().isEmpty()) {
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "no column holds the model's prediction or score; name it with"
                            + " --prediction or --score. Columns: " + Excerpt.names(names));
        }
        // a file of one column (any text without commas) could otherwise be read as both, and a report would list its
        // lines
        requireApart(file, roles.label(), roles.prediction(), "prediction");
        requireApart(file, roles.label(), roles.score(), "score");
        require(file, names, roles.id(), "id");
        require(file, names, roles.label(), "label");
        require(file, names, roles.prediction(), "prediction");
        require(file, names, roles.score(), "score");
        for (String column : roles.classScores().values()) {
            require(file, names, column, "class score");
        }
    }

    private static void requireApart(Path file, String label, String column, String role) {
        if (label.equals(column)) {
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "the label and the " + role + " are one column, \"" + Excerpt.cell(column) + "\"; the " + role
                            + " is a column of its own");
        }
    }

    private static void require(Path file, List<String> names, String column, String role) {
        if (column != null && !names.contains(column)) {
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "no column \"" + Excerpt.cell(column) + "\" for the " + role + "; the header has "
                            + Excerpt.names(names));
        }
    }

    /**
     * Every class the model predicts must have its probability column, or the scores cannot be read.
     * Checked on the file that holds the predictions, so the message points at its line.
     */
    static void requireScoreForEveryClass(FileTable table, ColumnRoles roles) {
        if (roles.classScores().isEmpty() || roles.prediction() == null || table.indexOf(roles.prediction()) < 0) {
            return;
        }
        int field = table.indexOf(roles.prediction());
        Column prediction = table.columns().get(field);
        Map<String, String> scores = roles.classScores();
        for (int row = 0; row < table.rows(); row++) {
            String predicted = prediction.text(row);
            if (!predicted.isEmpty() && !scores.containsKey(predicted)) {
                throw table.problem(
                        row,
                        field,
                        "the prediction \"" + Excerpt.cell(predicted) + "\" has no score column (expected one of "
                                + Excerpt.names(scores.values()) + ")");
            }
        }
    }

    /** Rows whose label or prediction is empty stay in the table but not in the metrics that need them. */
    static List<String> missingTargets(Dataset dataset, ColumnRoles roles) {
        List<String> warnings = new ArrayList<>();
        warnMissing(dataset, roles.label(), "label", warnings);
        warnMissing(dataset, roles.prediction(), "prediction", warnings);
        return warnings;
    }

    private static void warnMissing(Dataset dataset, String column, String role, List<String> warnings) {
        if (column == null) {
            return;
        }
        Column c = dataset.column(column);
        int missing = 0;
        int firstLine = 0;
        for (int row = 0; row < c.size(); row++) {
            if (c.isMissing(row) && missing++ == 0) {
                firstLine = dataset.lineOf(row);
            }
        }
        if (missing > 0) {
            warnings.add("the " + role + " is empty in " + Plural.rows(missing) + " (column \"" + Excerpt.cell(column)
                    + "\", first on line " + firstLine
                    + "); they stay in the table and are left out of the metrics that need it");
        }
    }
}
