package dev.errata.report;

import dev.errata.compare.VersionHistory;
import dev.errata.data.VisibleText;

/** The project's history as tables for a person at a terminal. */
public final class HistoryText {

    private HistoryText() {}

    public static String write(VersionHistory history) {
        if (history.versions().isEmpty()) {
            return "No versions yet: add a model with 'errata models add PROJECT --model NAME=COLUMN'.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(TextTable.render(HistoryTables.versions(history), "  "));
        if (!history.tags().isEmpty()) {
            out.append('\n').append(TextTable.render(HistoryTables.tags(history), "  "));
        }
        if (history.versions().size() > 1) {
            out.append('\n').append(HistoryTables.gainsNote()).append('\n');
        }
        if (!history.slices().isEmpty()) {
            out.append('\n').append(TextTable.render(HistoryTables.slices(history), "  "));
        }
        return VisibleText.of(out.toString(), "\n");
    }
}
