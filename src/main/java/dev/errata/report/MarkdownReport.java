package dev.errata.report;

import dev.errata.data.VisibleText;
import dev.errata.report.ReportBlock.Chart;
import dev.errata.report.ReportBlock.Facts;
import dev.errata.report.ReportBlock.Heading;
import dev.errata.report.ReportBlock.Paragraph;
import dev.errata.report.ReportBlock.Section;
import dev.errata.report.ReportBlock.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The report as Markdown for a repository or a ticket: the same sections, tables and figures as the HTML
 * report, each figure an image linked to its SVG file in a folder beside the report. Text from the data is
 * escaped so it neither breaks a table nor becomes markup.
 */
public final class MarkdownReport {

    /** Characters that start emphasis, code, links, tables, headings, strikethrough, math, emoji or a mention. */
    private static final String ANYWHERE = "\\`*_[]|#!~=${}^@:";

    private MarkdownReport() {}

    /**
     * @param figureFolder the name of the folder beside the report that holds its figures as {@code NAME.svg}
     */
    public static String write(ReportInput input, String figureFolder) {
        StringBuilder out = new StringBuilder();
        out.append("# Error analysis: ")
                .append(inline(input.metrics().dataName()))
                .append("\n");
        for (Section section : ReportSections.of(input)) {
            out.append("\n## ").append(inline(section.title())).append("\n");
            for (ReportBlock block : section.blocks()) {
                out.append('\n');
                block(out, block, figureFolder);
            }
        }
        out.append("\n_Made by Errata on ").append(inline(input.date())).append("._\n");
        return out.toString();
    }

    private static void block(StringBuilder out, ReportBlock block, String figureFolder) {
        if (block instanceof Heading h) {
            out.append("### ").append(inline(h.text())).append('\n');
        } else if (block instanceof Paragraph p) {
            String text = escape(p.text());
            out.append(
                            switch (p.style()) {
                                case "quote" -> "> " + text.replace("\n", "\n> ");
                                case "note" -> "_" + text + "_";
                                case "warning" -> "**" + text + "**";
                                default -> text;
                            })
                    .append('\n');
        } else if (block instanceof Facts f) {
            for (List<String> pair : f.pairs()) {
                out.append("- **")
                        .append(inline(pair.get(0)))
                        .append(":** ")
                        .append(inline(pair.get(1)))
                        .append('\n');
            }
        } else if (block instanceof Table t) {
            out.append("**").append(inline(t.caption())).append("**\n\n");
            table(out, t.table());
        } else if (block instanceof Chart c) {
            out.append("![")
                    .append(inline(c.figure().caption()))
                    .append("](")
                    .append(linked(figureFolder))
                    .append('/')
                    .append(c.figure().name())
                    .append(".svg)\n");
        }
    }

    /** A folder's name as a relative link: every byte but letters, digits and {@code . _ ~ -} percent-encoded. */
    static String linked(String name) {
        StringBuilder link = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || ".-_~".indexOf(c) >= 0)) {
                link.append(c);
            } else {
                link.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return link.toString();
    }

    private static void table(StringBuilder out, ReportTable table) {
        row(out, table.header());
        out.append('|').append(" --- |".repeat(table.header().size())).append('\n');
        table.rows().forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(inline(c)).append(" |"));
        out.append('\n');
    }

    /**
     * Text as a block of Markdown (a paragraph, a quote) shows it literally: a backslash before each character
     * CommonMark or GitHub gives a meaning anywhere ({@code * _ ~ [ ] | # = :} …), and before those that mean
     * something only at the start of a line (a list's {@code -}, {@code +}, {@code 1.}); the spaces that start
     * or end a line as entities, so they indent no code block and break no line; HTML's special characters
     * as entities, since Markdown renderers pass raw HTML through; line breaks as LF, since a lone CR also
     * ends a line; other control characters as escapes.
     */
    static String escape(String text) {
        String[] lines = VisibleText.of(text, "\n\r\t").split("\r\n|\r|\n", -1);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                escaped.append('\n');
            }
            line(escaped, lines[l], true);
        }
        return escaped.toString();
    }

    /**
     * Text inside a line (a table cell, a heading, a caption), with each line break a space: nothing there
     * starts a line, so a list marker such as the sign of {@code -0.5} stays as it is.
     */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        line(escaped, VisibleText.of(text.replaceAll("\r\n|\r|\n", " "), "\t"), false);
        return escaped.toString();
    }

    /** @param startsLine whether the text starts a line of the document, where list markers and indents count */
    private static void line(StringBuilder out, String line, boolean startsLine) {
        int first = 0;
        while (first < line.length() && (line.charAt(first) == ' ' || line.charAt(first) == '\t')) {
            first++;
        }
        int last = line.length();
        while (last > first && (line.charAt(last - 1) == ' ' || line.charAt(last - 1) == '\t')) {
            last--;
        }
        blanks(out, line, 0, first, startsLine);
        int digitsEnd = first;
        while (digitsEnd < last && Character.isDigit(line.charAt(digitsEnd))) {
            digitsEnd++;
        }
        for (int i = first; i < last; i++) {
            char c = line.charAt(i);
            boolean listMarker = startsLine
                    && ((i == first && (c == '-' || c == '+'))
                            || (i == digitsEnd && digitsEnd > first && (c == '.' || c == ')')));
            if (ANYWHERE.indexOf(c) >= 0 || listMarker) {
                out.append('\\');
            }
            out.append(Markup.escape(String.valueOf(c)));
        }
        blanks(out, line, last, line.length(), startsLine);
    }

    private static void blanks(StringBuilder out, String line, int from, int to, boolean asEntities) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            out.append(!asEntities ? String.valueOf(c) : c == '\t' ? "&#9;" : "&#32;");
        }
    }
}
