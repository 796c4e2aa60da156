package dev.errata.report;

import dev.errata.report.ReportBlock.Chart;
import dev.errata.report.ReportBlock.Facts;
import dev.errata.report.ReportBlock.Heading;
import dev.errata.report.ReportBlock.Paragraph;
import dev.errata.report.ReportBlock.Section;
import dev.errata.report.ReportBlock.Table;
import java.util.List;

/**
 * The report as Markdown for a repository or a ticket: the same sections and tables as the HTML report,
 * charts named in a note. Text from the data is escaped so it neither breaks a table nor becomes markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String write(ReportInput input) {
        StringBuilder out = new StringBuilder();
        out.append("# Error analysis: ").append(escape(input.metrics().dataName())).append("\n");
        for (Section section : ReportSections.of(input)) {
            out.append("\n## ").append(escape(section.title())).append("\n");
            for (ReportBlock block : section.blocks()) {
                out.append('\n');
                block(out, block);
            }
        }
        out.append("\n_Made by Errata on ").append(escape(input.date())).append("._\n");
        return out.toString();
    }

    private static void block(StringBuilder out, ReportBlock block) {
        if (block instanceof Heading h) {
            out.append("### ").append(escape(h.text())).append('\n');
        } else if (block instanceof Paragraph p) {
            String text = escape(p.text());
            out.append(switch (p.style()) {
                case "quote" -> "> " + text.replace("\n", "\n> ");
                case "note" -> "_" + text + "_";
                case "warning" -> "**" + text + "**";
                default -> text;
            }).append('\n');
        } else if (block instanceof Facts f) {
            for (List<String> pair : f.pairs()) {
                out.append("- **").append(escape(pair.get(0))).append(":** ").append(escape(pair.get(1))).append('\n');
            }
        } else if (block instanceof Table t) {
            out.append("**").append(escape(t.caption())).append("**\n\n");
            table(out, t.table());
        } else if (block instanceof Chart c) {
            out.append("_Chart: ").append(escape(c.caption())).append(" (in the HTML report)._\n");
        }
    }

    private static void table(StringBuilder out, ReportTable table) {
        row(out, table.header());
        out.append('|').append(" --- |".repeat(table.header().size())).append('\n');
        table.rows().forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(escape(c).replace("\n", " ")).append(" |"));
        out.append('\n');
    }

    /**
     * Text as Markdown shows it literally: a backslash before Markdown's own characters, then HTML's special
     * characters as entities, since Markdown renderers pass raw HTML through.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]|#!".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return Markup.escape(escaped.toString());
    }
}
