package dev.errata.report;

import java.util.List;

/** One piece of a report section, rendered as HTML or as Markdown. */
sealed interface ReportBlock {

    /** A heading inside a section, e.g. one slice column's table. */
    record Heading(String text) implements ReportBlock {}

    /** @param style how it reads: {@code text}, {@code quote} (the analyst's words), {@code note} or {@code warning} */
    record Paragraph(String text, String style) implements ReportBlock {}

    /** Labelled facts, e.g. the data's name and size. */
    record Facts(List<List<String>> pairs) implements ReportBlock {}

    /** @param shades per cell a share in [0, 1] to shade it by (the confusion matrix), or null */
    record Table(String caption, ReportTable table, List<List<Double>> shades) implements ReportBlock {
        Table(String caption, ReportTable table) {
            this(caption, table, null);
        }
    }

    /** A figure: inline SVG in HTML, a linked file beside a Markdown report. */
    record Chart(ReportFigure figure) implements ReportBlock {}

    /** A part of the report: its anchor id, title and blocks. */
    record Section(String id, String title, List<ReportBlock> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
