package dev.errata.workbench.reviews;

import dev.errata.data.BadInputException;
import dev.errata.data.Dataset;
import dev.errata.report.RowsExport;
import dev.errata.report.SpreadsheetText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each column of a reviews file holds, from its header. The long shape has a {@code tag} column
 * (one line per row and tag); the wide shape, as {@code errata export rows} writes it, has one 0/1 column
 * per tag, named {@code tag:NAME} or a hand tag's bare name. Any other column is data and ignored.
 *
 * @param tag the long shape's tag column, -1 in the wide shape
 * @param reviewed -1 when absent, as are {@code note}, {@code reviewedBy} and {@code taggedBy}
 * @param reviewedBy who reviewed the row, as the rows export writes it ({@code alice, bob})
 * @param taggedBy who set each tag of the row, as the rows export writes it ({@code noise: alice; blurry: bob})
 * @param tagColumns the wide shape's tag columns by index, with their tag and header name
 * @param ignored the names of the data's columns, read for nothing
 * @param derived the names of the columns of rule and imported tags, whose rows follow from the data
 */
record ReviewColumns(
        int id,
        int tag,
        int reviewed,
        int note,
        int reviewedBy,
        int taggedBy,
        Map<Integer, TagColumn> tagColumns,
        List<String> ignored,
        List<String> derived) {

    static final String TAG_PREFIX = "tag:";

    record TagColumn(String tag, String header) {}

    boolean isLong() {
        return tag >= 0;
    }

    static ReviewColumns of(Path file, List<CsvCell> header, Dataset data, TagNames tags) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvCell cell : header) {
            String name = SpreadsheetText.original(cell.text().strip());
            if (name.isEmpty()) {
                throw new BadInputException(
                        file,
                        cell.line(),
                        cell.column(),
                        "column " + (names.size() + 1) + " of the header has no name");
            }
            Integer earlier = seen.put(name, names.size());
            if (earlier != null) {
                throw new BadInputException(
                        file,
                        cell.line(),
                        cell.column(),
                        "the header names \"" + name + "\" twice (columns " + (earlier + 1) + " and "
                                + (names.size() + 1) + ")");
            }
            names.add(name);
        }
        String dataId = data.idColumn().orElse(null);
        int id = dataId != null && seen.containsKey(dataId) ? seen.get(dataId) : seen.getOrDefault("id", -1);
        if (id < 0) {
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "no id column: the header needs \"id\""
                            + (dataId == null || dataId.equals("id") ? "" : " or \"" + dataId + "\""));
        }
        int tag = seen.getOrDefault("tag", -1);
        int reviewed = column(seen, data, "reviewed");
        int note = column(seen, data, "note");
        int reviewedBy = column(seen, data, "reviewed_by");
        int taggedBy = column(seen, data, "tagged_by");
        Map<Integer, TagColumn> tagColumns = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (c == id || c == tag || c == reviewed || c == note || c == reviewedBy || c == taggedBy) {
                continue;
            }
            String tagName = name.startsWith(TAG_PREFIX)
                    ? name.substring(TAG_PREFIX.length()).strip()
                    : tags.isHand(name) && !data.columnNames().contains(name) ? name : null;
            if (tag >= 0 || tagName == null) {
                ignored.add(name);
            } else if (tags.isDerived(tagName)) {
                derived.add(name);
            } else {
                tagColumns.put(c, new TagColumn(tags.handTag(header.get(c), tagName), name));
            }
        }
        return new ReviewColumns(id, tag, reviewed, note, reviewedBy, taggedBy, tagColumns, ignored, derived);
    }

    /** An added column as the rows export names it beside the data's columns, else by its plain name. */
    private static int column(Map<String, Integer> seen, Dataset data, String added) {
        Integer exported = seen.get(RowsExport.columnName(data.columnNames(), added));
        return exported != null ? exported : seen.getOrDefault(added, -1);
    }
}
