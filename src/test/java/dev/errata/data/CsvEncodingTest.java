package dev.errata.data;

import static dev.errata.data.CsvFixtures.load;
import static dev.errata.data.CsvFixtures.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in other encodings than UTF-8 read as the text they hold: detected from a byte order mark, or as
 * Windows-1252 when the bytes are not UTF-8, or as the user names; NUL bytes are refused; and two values
 * never merge because their bytes are not UTF-8.
 */
class CsvEncodingTest {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    /** Label and prediction: one row right of four, as the strings differ in one letter. */
    private static final String NAMES =
            "label,pred\nM\u00fcller,M\u00fcller\nM\u00f6ller,M\u00fcller\nM\u00fcller,M\u00f6ller\nM\u00e4ller,M\u00f6ller\n";

    @TempDir
    Path dir;

    private static int agreeing(Dataset data) {
        int same = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            same += text(data.categorical("label"), r).equals(text(data.categorical("pred"), r)) ? 1 : 0;
        }
        return same;
    }

    private static String text(CategoricalColumn column, int row) {
        return column.level(column.code(row));
    }

    @Test
    void latin1LabelsReadAsWindows1252KeepTheirLettersAndAWarningSaysSo() {
        Path file = writeBytes(dir, "in.csv", NAMES.getBytes(LATIN_1));
        LoadedData loaded = load(file);
        assertThat(loaded.dataset().categorical("label").levels())
                .containsExactly("M\u00fcller", "M\u00f6ller", "M\u00e4ller");
        assertThat(agreeing(loaded.dataset()))
                .as("rows whose label is their prediction")
                .isEqualTo(1);
        assertThat(loaded.warnings())
                .contains("in.csv is not UTF-8: read as Windows-1252 (name its encoding with --encoding)");
    }

    @Test
    void latin1BytesAfterAMegabyteOfAsciiAreReadAgainAsWindows1252() {
        StringBuilder csv = plainRowsAfter("label,pred\n");
        int line = csv.toString().split("\n", -1).length;
        csv.append(NAMES.substring(NAMES.indexOf('\n') + 1));
        LoadedData loaded = load(writeBytes(dir, "in.csv", csv.toString().getBytes(LATIN_1)));
        assertThat(loaded.dataset().categorical("label").levels())
                .containsExactly("plain", "M\u00fcller", "M\u00f6ller", "M\u00e4ller");
        assertThat(agreeing(loaded.dataset())).isEqualTo(loaded.dataset().rowCount() - 3);
        assertThat(loaded.warnings())
                .contains("in.csv is not UTF-8 (line " + line
                        + " holds the byte 0xFC): read as Windows-1252 (name its encoding with --encoding)");
    }

    @Test
    void aFileThatStartsAsUtf8AndThenIsNotIsRefusedWhereItChanges() {
        StringBuilder start = plainRowsAfter("label,pred\n\u00e9t\u00e9,\u00e9t\u00e9\n");
        int line = start.toString().split("\n", -1).length;
        byte[] rest = "b,M\u00fcller\n".getBytes(LATIN_1);
        assertThatThrownBy(() -> load(
                        writeBytes(dir, "in.csv", concat(start.toString().getBytes(StandardCharsets.UTF_8), rest))))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "in.csv:" + line
                                + ":4: the byte 0xFC is not UTF-8, which the file is up to here; name its encoding with --encoding");
    }

    @Test
    void windows1252KeepsApartTheBytesItLeavesUndefined() {
        byte[] csv = concat(
                "label,pred\nx".getBytes(LATIN_1),
                new byte[] {(byte) 0x81},
                ",x".getBytes(LATIN_1),
                new byte[] {(byte) 0x8D},
                "\n\u20ac,\u20ac\n".getBytes(Charset.forName("windows-1252")));
        Dataset data = load(writeBytes(dir, "in.csv", csv)).dataset();
        assertThat(data.categorical("label").levels()).containsExactly("x\u0081", "\u20ac");
        assertThat(data.categorical("pred").levels()).containsExactly("x\u008d", "\u20ac");
    }

    @Test
    void utf16And32WithAByteOrderMarkReadAsTheirText() {
        String text =
                "id,label,pred,score\n1,\u00e9t\u00e9,\u00e9t\u00e9,0.9\n2,\u65e5\u672c,\u00e9t\u00e9,0.2\n3,\ud83d\ude00,\ud83d\ude00,0.5\n";
        for (String encoding : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] bytes = concat(bom(encoding), text.getBytes(Charset.forName(encoding)));
            LoadedData loaded = load(writeBytes(dir, encoding + ".csv", bytes));
            assertThat(loaded.dataset().columnNames()).as(encoding).containsExactly("id", "label", "pred", "score");
            assertThat(loaded.dataset().categorical("label").levels())
                    .as(encoding)
                    .containsExactly("\u00e9t\u00e9", "\u65e5\u672c", "\ud83d\ude00");
            assertThat(loaded.dataset().numeric("score").value(1)).isEqualTo(0.2);
            assertThat(agreeing(loaded.dataset())).isEqualTo(2);
        }
    }

    @Test
    void aBadCellOfAUtf16FileIsPlacedByLineAndCharacter() {
        String text = "id,label,score\n1,\u00e9t\u00e9,0.5\n2,\u00e9t\u00e9,oops\n";
        byte[] bytes = concat(bom("UTF-16LE"), text.getBytes(Charset.forName("UTF-16LE")));
        assertThatThrownBy(() -> load(writeBytes(dir, "in.csv", bytes)))
                .hasMessage("in.csv:3:7: column \"score\" needs a probability from 0 to 1 but holds \"oops\"");
    }

    @Test
    void aNulByteIsRefusedWhereItIs() {
        assertThatThrownBy(() -> load(writeBytes(dir, "in.csv", "label,pred\na,b\u0000c\n".getBytes(LATIN_1))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("in.csv:2:4: a NUL byte, which a text file does not hold; if the file is UTF-16 or UTF-32"
                        + " without a byte order mark, name its encoding with --encoding");
        assertThatThrownBy(() -> load(writeBytes(dir, "in.csv", "label,pred,score\na,b,0.5\u0000\n".getBytes(LATIN_1))))
                .hasMessageStartingWith("in.csv:2:8: a NUL byte");
        assertThatThrownBy(() -> load(writeBytes(dir, "in.csv", "label,pred\na,\"b\nc\u0000\"\n".getBytes(LATIN_1))))
                .hasMessageStartingWith("in.csv:3:2: a NUL byte");
        byte[] utf16WithoutMark = "label,pred\na,b\n".getBytes(Charset.forName("UTF-16LE"));
        assertThatThrownBy(() -> load(writeBytes(dir, "in.csv", utf16WithoutMark)))
                .hasMessageStartingWith("in.csv:1:2: a NUL byte");
    }

    @Test
    void theEncodingTheUserNamesWins() {
        Path file = writeBytes(dir, "in.csv", NAMES.getBytes(LATIN_1));
        LoadedData asLatin1 = new CsvImporter().load(ImportRequest.of(file).withEncoding(LATIN_1), Progress.NONE);
        assertThat(asLatin1.dataset().categorical("label").levels())
                .containsExactly("M\u00fcller", "M\u00f6ller", "M\u00e4ller");
        assertThat(asLatin1.warnings()).isEmpty();
        assertThatThrownBy(() -> new CsvImporter()
                        .load(ImportRequest.of(file).withEncoding(StandardCharsets.UTF_8), Progress.NONE))
                .hasMessage("in.csv:2:2: the byte 0xFC is not UTF-8, the encoding named for the file");
    }

    @Test
    void thePreviewNamesTheEncodingItRead() {
        assertThat(DataPreview.of(writeBytes(dir, "a.csv", NAMES.getBytes(LATIN_1)))
                        .encoding())
                .isEqualTo("Windows-1252");
        assertThat(DataPreview.of(writeBytes(dir, "b.csv", NAMES.getBytes(StandardCharsets.UTF_8)))
                        .encoding())
                .isEqualTo("UTF-8");
        byte[] utf16 = concat(bom("UTF-16LE"), NAMES.getBytes(Charset.forName("UTF-16LE")));
        assertThat(DataPreview.of(writeBytes(dir, "c.csv", utf16)).encoding()).isEqualTo("UTF-16LE");
    }

    /** The start, then rows of ASCII past the first megabyte the encoding is detected from. */
    private static StringBuilder plainRowsAfter(String start) {
        StringBuilder csv = new StringBuilder(start);
        while (csv.length() < 2 << 20) {
            csv.append("plain,plain\n");
        }
        return csv;
    }

    private static byte[] bom(String encoding) {
        return "\ufeff".getBytes(Charset.forName(encoding));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
