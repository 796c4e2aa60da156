package dev.errata.report;

import dev.errata.report.ReportBlock.Chart;
import dev.errata.report.ReportBlock.Facts;
import dev.errata.report.ReportBlock.Heading;
import dev.errata.report.ReportBlock.Paragraph;
import dev.errata.report.ReportBlock.Section;
import dev.errata.report.ReportBlock.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The report as one self-contained HTML file: styles inline, charts as inline SVG, no script and nothing
 * fetched from the network, so it opens anywhere, mails as an attachment and prints well.
 */
public final class HtmlReport {

    private static final String STYLE = style();
    /** Cells that hold a number (a count, a percentage with its interval, a gap), aligned right. */
    private static final Pattern NUMBER = Pattern.compile("[+−-]?[\\d,.]+(%|e[+-]?\\d+| pp| / 5)?( \\[.*])?( \\*)?|—");

    private HtmlReport() {}

    public static String write(ReportInput input) {
        List<Section> sections = ReportSections.of(input);
        String title = "Error analysis: " + input.metrics().dataName();
        Markup m = new Markup();
        m.program("<!DOCTYPE html>\n");
        m.open("html", "lang", "en").newline().open("head");
        m.empty("meta", "charset", "utf-8");
        m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        m.element("title", title);
        m.open("style").program(STYLE).close("style").close("head").newline();
        m.open("body").open("header").element("h1", title);
        m.open("nav").open("ul");
        for (Section section : sections) {
            m.open("li")
                    .element("a", section.title(), "href", "#" + section.id())
                    .close("li");
        }
        m.close("ul").close("nav").close("header").newline().open("main");
        for (Section section : sections) {
            m.open("section", "id", section.id()).element("h2", section.title()).newline();
            section.blocks().forEach(block -> block(m, block));
            m.close("section").newline();
        }
        m.close("main");
        m.element("footer", "Made by Errata on " + input.date() + ".");
        m.close("body").close("html").newline();
        return m.toString();
    }

    private static void block(Markup m, ReportBlock block) {
        if (block instanceof Heading h) {
            m.element("h3", h.text());
        } else if (block instanceof Paragraph p) {
            if (p.style().equals("quote")) {
                m.element("blockquote", p.text());
            } else {
                m.element("p", p.text(), "class", p.style());
            }
        } else if (block instanceof Facts f) {
            m.open("dl", "class", "facts");
            for (List<String> pair : f.pairs()) {
                m.element("dt", pair.get(0)).element("dd", pair.get(1));
            }
            m.close("dl");
        } else if (block instanceof Table t) {
            table(m, t);
        } else if (block instanceof Chart c) {
            // the program drew the SVG and escaped every text from the data in it (SvgDocument)
            m.open("figure").program(c.figure().svg());
            m.element("figcaption", c.figure().caption()).close("figure");
        }
        m.newline();
    }

    private static void table(Markup m, Table t) {
        m.open("div", "class", "table-wrap")
                .open("table")
                .element("caption", t.caption())
                .open("thead")
                .open("tr");
        t.table().header().forEach(h -> m.element("th", h, "scope", "col"));
        m.close("tr").close("thead").open("tbody");
        List<List<String>> rows = t.table().rows();
        for (int r = 0; r < rows.size(); r++) {
            m.open("tr");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                Double shade =
                        t.shades() == null || c == 0 ? null : t.shades().get(r).get(c - 1);
                if (shade != null && !shade.isNaN()) {
                    // the diagonal (right) in blue, the mistakes in red
                    String rgb = r == c - 1 ? "9, 105, 218" : "207, 34, 46";
                    m.element(
                            "td",
                            cell,
                            "class",
                            "num",
                            "style",
                            String.format(
                                    Locale.ROOT,
                                    "background: rgba(%s, %.2f)%s",
                                    rgb,
                                    0.08 + 0.6 * shade,
                                    shade > 0.55 ? "; color: #fff" : ""));
                } else {
                    m.element("td", cell, "class", cellClass(cell));
                }
            }
            m.close("tr");
        }
        m.close("tbody").close("table").close("div");
    }

    private static String cellClass(String cell) {
        if (cell.equals("PASS") || cell.equals("FAIL")) {
            return cell.toLowerCase(Locale.ROOT);
        }
        return NUMBER.matcher(cell).matches() ? "num" : cell.length() > 40 ? "cell-long" : "text";
    }

    private static String style() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
