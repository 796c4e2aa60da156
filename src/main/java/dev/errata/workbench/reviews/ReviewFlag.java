package dev.errata.workbench.reviews;

import dev.errata.data.BadInputException;
import java.nio.file.Path;
import java.util.Locale;

/** A yes-or-no cell of a reviews file: 1/0, true/false or yes/no in any case; empty means no change. */
enum ReviewFlag {
    YES,
    NO,
    EMPTY;

    static ReviewFlag of(Path file, CsvCell cell, String column) {
        return switch (cell.text().strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> YES;
            case "0", "false", "no" -> NO;
            case "" -> EMPTY;
            default ->
                throw new BadInputException(
                        file,
                        cell.line(),
                        cell.column(),
                        column + " is \"" + cell.text() + "\": write 1 or 0, true or false, yes or no");
        };
    }
}
