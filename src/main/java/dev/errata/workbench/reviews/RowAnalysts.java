package dev.errata.workbench.reviews;

import dev.errata.data.BadInputException;
import dev.errata.report.SpreadsheetText;
import dev.errata.tags.Analyst;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads who reviewed and who tagged a row back from the cells the rows export writes: {@code reviewed_by}
 * as {@code alice, bob} and {@code tagged_by} as {@code noise: alice; blurry: bob}. A mark is recorded for
 * one analyst as it is set, so a row several analysts marked (after a merge) is recorded for the first named.
 */
final class RowAnalysts {

    private RowAnalysts() {}

    /** The analyst who reviewed the row; empty for an empty cell. */
    static Optional<String> reviewer(Path file, CsvCell cell) {
        String text = SpreadsheetText.original(cell.text().strip());
        return text.isEmpty() ? Optional.empty() : Optional.of(first(file, cell, "reviewed_by", text));
    }

    /** The analyst who set each tag of the row, by tag name; a tag whose name holds ": " is split at the last. */
    static Map<String, String> taggers(Path file, CsvCell cell) {
        Map<String, String> taggers = new LinkedHashMap<>();
        String text = SpreadsheetText.original(cell.text().strip());
        if (text.isEmpty()) {
            return taggers;
        }
        for (String part : text.split("; ")) {
            int colon = part.lastIndexOf(": ");
            if (colon <= 0) {
                throw new BadInputException(
                        file,
                        cell.line(),
                        cell.column(),
                        "tagged_by: \"" + part + "\" is not TAG: ANALYST (as in \"noise: alice; blurry: bob\")");
            }
            taggers.put(part.substring(0, colon), first(file, cell, "tagged_by", part.substring(colon + 2)));
        }
        return taggers;
    }

    private static String first(Path file, CsvCell cell, String column, String names) {
        try {
            return Analyst.require(names.split(", ")[0]);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, cell.line(), cell.column(), column + ": " + e.getMessage());
        }
    }
}
