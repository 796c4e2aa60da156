package dev.errata.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report's escape, checked by an independent CommonMark parser with GitHub's tables and
 * strikethrough: every value of the corpus reads back as one paragraph, or one table cell, of plain text
 * that equals the value.
 */
class MarkdownEscapeTest {

    /** Values that would become a block or inline construct unescaped. */
    static final List<String> CONSTRUCTS = List.of(
            "x\r\ny",
            "x\ry",
            "x\n=====",
            "x\n---",
            "x\n- item",
            "x\n+ item",
            "x\n* item",
            "x\n1. item",
            "x\n1) item",
            "~~struck~~",
            "~x~",
            "**bold**",
            "_em_",
            "x\n# heading",
            "x\n> quote",
            "x\n```\ncode",
            "x\n~~~\ncode",
            "    indented code",
            "x\n\n    indented code",
            "x\n\ny",
            "<div>x</div>",
            "x\n| a | b |\n| --- | --- |",
            "[x]: http://example.invalid",
            "[x][y]",
            "![i](x.png)",
            "&amp;",
            "&#60;",
            "\\*",
            "x  \ny",
            "$x^2$",
            "{: .class}",
            "@user",
            ":smile:",
            "#12",
            "***",
            "- - -",
            "= =",
            "10. ten",
            "+1",
            "-0.5",
            "x\u2028y");

    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();

    @Test
    void aValueAsAParagraphReadsBackAsThatTextAndNothingElse() {
        for (String value : corpus()) {
            Document document = (Document) PARSER.parse(MarkdownReport.escape(value));
            List<String> paragraphs = new ArrayList<>();
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                assertThat(block).as(value).isInstanceOf(Paragraph.class);
                paragraphs.add(plainText(block));
            }
            assertThat(String.join("\n\n", paragraphs))
                    .as(value)
                    .isEqualTo(shown(value.replace("\r\n", "\n").replace('\r', '\n')));
        }
    }

    @Test
    void aValueInATableCellStaysInItsCellOnOneLine() {
        for (String value : corpus()) {
            String markdown = "| a | b |\n| --- | --- |\n| " + MarkdownReport.inline(value) + " | end |\n";
            Node table = PARSER.parse(markdown).getFirstChild();
            assertThat(table).as(value).isInstanceOf(TableBlock.class);
            assertThat(table.getNext()).as(value + ": one block").isNull();
            Node body = table.getLastChild();
            assertThat(body).isInstanceOf(TableBody.class);
            assertThat(body.getFirstChild().getNext()).as(value + ": one row").isNull();
            Node cell = body.getFirstChild().getFirstChild();
            assertThat(plainText(cell))
                    .as(value)
                    .isEqualTo(shown(value.replaceAll("\r\n|\r|\n", " ")).strip());
            assertThat(plainText(cell.getNext())).as(value).isEqualTo("end");
            assertThat(cell.getNext()).isInstanceOf(TableCell.class);
            assertThat(cell.getNext().getNext()).as(value + ": two cells").isNull();
        }
    }

    /** The value with its control characters, other than line breaks and tabs, written as escapes. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.chars()
                .forEach(c -> out.append(
                        Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'
                                ? String.format("\\u%04x", c)
                                : String.valueOf((char) c)));
        return out.toString();
    }

    private static List<String> corpus() {
        return Stream.concat(CONSTRUCTS.stream(), InjectionCorpusTest.MARKUP.stream())
                .toList();
    }

    /** The text of a node that may hold only text and soft line breaks; anything else fails the test. */
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append('\n');
            } else {
                throw new AssertionError("a " + child.getClass().getSimpleName() + " in " + node);
            }
        }
        return text.toString();
    }
}
