package dev.errata.report;

import dev.errata.data.VisibleText;
import java.util.ArrayList;
import java.util.List;

/** A table as columns of text aligned for a terminal: the first column left, the others right; control characters show as escapes. */
final class TextTable {

    private TextTable() {}

    static String render(ReportTable table, String indent) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(visible(table.header()));
        table.rows().forEach(row -> lines.add(visible(row)));
        int columns = table.header().size();
        int[] width = new int[columns];
        for (List<String> row : lines) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : lines) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? cell + pad : pad + cell);
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static List<String> visible(List<String> cells) {
        return cells.stream().map(VisibleText::of).toList();
    }
}
