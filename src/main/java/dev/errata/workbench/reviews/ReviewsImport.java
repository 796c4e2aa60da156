package dev.errata.workbench.reviews;

import dev.errata.data.BadInputException;
import dev.errata.data.Dataset;
import dev.errata.project.Project;
import dev.errata.report.SpreadsheetText;
import dev.errata.tags.TagDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads hand tags, review marks and notes made elsewhere (a spreadsheet, a labelling tool) from a CSV
 * file, in the long shape ({@code id, tag, reviewed, note}, one line per row and tag) or the wide one that
 * {@code errata export rows} writes; the command line and the window both merge what it returns. Reads
 * only the file it is given, and never a project's own files.
 */
public final class ReviewsImport {

    private ReviewsImport() {}

    /**
     * @param projectFile the project the reviews go into, whose file, journal and backup are refused
     * @param tags the project's tags now
     * @throws BadInputException naming the file, line and column of what cannot be used
     * @throws IllegalArgumentException when the file is one of the project's own
     */
    public static ReviewChanges read(
            Path file, Path projectFile, Dataset data, List<TagDefinition> tags, ReviewsOptions options)
            throws IOException {
        refuseProjectFiles(file, projectFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    file + (Files.isDirectory(file) ? " is a folder, not a CSV file" : ": no such file"));
        }
        // a byte that is not UTF-8 becomes U+FFFD, which the reader refuses where it stands
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            return read(file, new CsvRecords(file, in), data, tags, options);
        }
    }

    private static ReviewChanges read(
            Path file, CsvRecords records, Dataset data, List<TagDefinition> tags, ReviewsOptions options)
            throws IOException {
        List<CsvCell> header = records.next();
        if (header == null) {
            throw new BadInputException(file, 1, 1, "the file is empty");
        }
        TagNames names = new TagNames(file, tags, options.createTags());
        ReviewColumns columns = ReviewColumns.of(file, header, data, names);
        ReviewChanges.Builder changes =
                new ReviewChanges.Builder(file.getFileName().toString(), columns.ignored(), columns.derived());
        for (List<CsvCell> line = records.next(); line != null; line = records.next()) {
            if (line.size() == 1 && line.get(0).text().isEmpty()) {
                continue;
            }
            checkWidth(file, header.size(), line);
            CsvCell idCell = line.get(columns.id());
            String id = SpreadsheetText.original(idCell.text().strip());
            if (id.isEmpty()) {
                throw new BadInputException(file, idCell.line(), idCell.column(), "the id is empty");
            }
            OptionalInt row = data.rowOf(id);
            if (row.isEmpty()) {
                if (!options.skipUnknownIds()) {
                    throw new BadInputException(
                            file,
                            idCell.line(),
                            idCell.column(),
                            "no row of the project's data has id \"" + id
                                    + "\" (give --skip-unknown-ids to skip such lines)");
                }
                changes.skipped(file.getFileName() + ":" + idCell.line() + ":" + idCell.column() + " \"" + id + "\"");
                continue;
            }
            readLine(file, line, row.getAsInt(), columns, names, changes);
        }
        return changes.build(names.created());
    }

    private static void readLine(
            Path file,
            List<CsvCell> line,
            int row,
            ReviewColumns columns,
            TagNames names,
            ReviewChanges.Builder changes) {
        if (columns.isLong()) {
            CsvCell cell = line.get(columns.tag());
            String tag = SpreadsheetText.original(cell.text().strip());
            if (!tag.isEmpty()) {
                changes.tag(names.handTag(cell, tag), row, true);
            }
        }
        for (Map.Entry<Integer, ReviewColumns.TagColumn> column :
                columns.tagColumns().entrySet()) {
            ReviewFlag flag = ReviewFlag.of(
                    file, line.get(column.getKey()), column.getValue().header());
            if (flag != ReviewFlag.EMPTY) {
                changes.tag(column.getValue().tag(), row, flag == ReviewFlag.YES);
            }
        }
        if (columns.reviewed() >= 0) {
            ReviewFlag flag = ReviewFlag.of(file, line.get(columns.reviewed()), "reviewed");
            if (flag != ReviewFlag.EMPTY) {
                changes.reviewed(row, flag == ReviewFlag.YES);
            }
        }
        if (columns.note() >= 0) {
            String note = SpreadsheetText.original(line.get(columns.note()).text());
            if (!note.isBlank()) {
                changes.note(row, note);
            }
        }
        if (columns.reviewedBy() >= 0) {
            RowAnalysts.reviewer(file, line.get(columns.reviewedBy())).ifPresent(a -> changes.reviewedBy(row, a));
        }
        if (columns.taggedBy() >= 0) {
            RowAnalysts.taggers(file, line.get(columns.taggedBy()))
                    .forEach((tag, analyst) -> changes.taggedBy(tag, row, analyst));
        }
    }

    private static void checkWidth(Path file, int width, List<CsvCell> line) {
        if (line.size() < width) {
            CsvCell last = line.get(line.size() - 1);
            throw new BadInputException(
                    file,
                    last.line(),
                    last.column() + last.text().length(),
                    "the line has " + line.size() + " fields, the header " + width);
        }
        if (line.size() > width) {
            CsvCell extra = line.get(width);
            throw new BadInputException(
                    file, extra.line(), extra.column(), "the line has " + line.size() + " fields, the header " + width);
        }
    }

    /** A mistaken path must not read the project's JSON, journal or backup as reviews, whatever links lead there. */
    private static void refuseProjectFiles(Path file, Path projectFile) throws IOException {
        Path project = projectFile.toAbsolutePath().normalize();
        for (Path own : List.of(project, Project.journalOf(project), Project.backupOf(project))) {
            if (same(file, own)) {
                throw new IllegalArgumentException(file.getFileName() + " is the project's own "
                        + (own.equals(project) ? "file" : own.equals(Project.backupOf(project)) ? "backup" : "journal")
                        + ", not a reviews file");
            }
        }
    }

    private static boolean same(Path file, Path own) throws IOException {
        if (file.toAbsolutePath().normalize().equals(own)) {
            return true;
        }
        return Files.exists(file) && Files.exists(own) && Files.isSameFile(file, own);
    }
}
