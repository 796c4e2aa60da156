package dev.errata.data;

import static dev.errata.data.CsvFixtures.load;
import static dev.errata.data.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input fails with one message naming the file, the line and the column. */
class CsvImporterBadInputTest {

    @TempDir
    Path dir;

    private void assertFails(String content, String expectedMessage) {
        Path file = write(dir, "in.csv", content);
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage(expectedMessage);
    }

    @Test
    void emptyFile() {
        assertFails("", "in.csv:1:1: the file is empty");
    }

    @Test
    void headerOnly() {
        assertFails("id,label,pred\n", "in.csv:2:1: the file has a header but no rows");
    }

    @Test
    void duplicateColumnName() {
        assertFails("id,label,id\n1,a,b\n", "in.csv:1:10: the header names \"id\" twice (columns 1 and 3)");
    }

    @Test
    void emptyColumnName() {
        assertFails("id,,pred\n1,a,b\n", "in.csv:1:4: column 2 of the header has no name");
    }

    @Test
    void rowWithTooFewFields() {
        assertFails("id,label,pred\n1,a,b\n2,a\n", "in.csv:3:4: this row has 2 fields but the header has 3");
    }

    @Test
    void rowWithTooManyFields() {
        assertFails("id,label,pred\n1,a,b,c\n", "in.csv:2:7: this row has more than the 3 fields of the header");
    }

    @Test
    void unterminatedQuotePointsAtTheOpeningQuote() {
        assertFails(
                "id,label,pred\n1,a,b\n2,\"a,b\nmore\n",
                "in.csv:3:3: a quoted field is never closed: the file ends inside it");
    }

    @Test
    void textAfterAClosingQuote() {
        assertFails(
                "id,label,pred\n1,\"a\"x,b\n", "in.csv:2:6: unexpected text after a closing quote in column \"label\"");
    }

    @Test
    void nonNumericScore() {
        assertFails(
                "id,label,score\n1,1,0.5\n2,0,abc\n",
                "in.csv:3:5: column \"score\" needs a probability from 0 to 1 but holds \"abc\"");
    }

    @Test
    void aScoreOutsideZeroToOneOrInfiniteIsNotAProbability() {
        assertFails(
                "id,label,score\n1,1,0.5\n2,0,7\n",
                "in.csv:3:5: column \"score\" needs a probability from 0 to 1 but holds \"7\"");
        assertFails(
                "id,label,score\n1,1,1e309\n2,0,0.5\n",
                "in.csv:2:5: column \"score\" needs a probability from 0 to 1 but holds \"1e309\"");
        assertFails(
                "id,label,score\n1,1,-0.01\n2,0,0.5\n",
                "in.csv:2:5: column \"score\" needs a probability from 0 to 1 but holds \"-0.01\"");
        assertFails(
                "id,label,pred,prob_a,prob_b\n1,a,b,0.1,0.9\n2,a,a,1.5,0.5\n",
                "in.csv:3:7: column \"prob_a\" needs a probability from 0 to 1 but holds \"1.5\"");
    }

    @Test
    void anInfiniteRegressionTargetIsNotANumber() {
        assertRegressionFails(
                "31,2,-1e400\n", "in.csv:32:6: column \"prediction\" needs a finite number but holds \"-1e400\"");
    }

    @Test
    void nonNumericRegressionTarget() {
        assertRegressionFails("31,oops,2\n", "in.csv:32:4: column \"label\" needs a number but holds \"oops\"");
    }

    /** Thirty good rows of a regression, then {@code lastRow}. */
    private void assertRegressionFails(String lastRow, String expectedMessage) {
        StringBuilder csv = new StringBuilder("id,label,prediction\n");
        for (int i = 1; i <= 30; i++) {
            csv.append(i).append(',').append(i * 1.5).append(',').append(i).append('\n');
        }
        csv.append(lastRow);
        Path file = write(dir, "in.csv", csv.toString());
        ImportRequest request = ImportRequest.of(file)
                .withOverrides(new ColumnRoles(null, null, null, null, null, Task.REGRESSION, null));
        assertThatThrownBy(() -> new CsvImporter().load(request, Progress.NONE)).hasMessage(expectedMessage);
    }

    @Test
    void duplicateIds() {
        assertFails(
                "id,label,pred\n1,a,b\n1,a,a\n",
                "in.csv:3:1: id \"1\" appears twice in column \"id\" (also on line 2)");
    }

    @Test
    void predictionWithoutAScoreColumn() {
        assertFails(
                "id,label,pred,prob_a,prob_b\n1,a,b,0.1,0.9\n2,a,c,0.5,0.5\n",
                "in.csv:3:5: the prediction \"c\" has no score column (expected one of prob_a, prob_b)");
    }

    @Test
    void noLabelColumn() {
        assertFails(
                "id,x,pred\n1,a,b\n",
                "in.csv:1:1: no column is the label (true value); name it with --label. Columns: id, x, pred");
    }

    @Test
    void aRoleNamingAColumnThatIsNotThere() {
        Path file = write(dir, "in.csv", "id,label,pred\n1,a,b\n");
        ImportRequest request =
                ImportRequest.of(file).withOverrides(new ColumnRoles(null, "truth", null, null, null, null, null));
        assertThatThrownBy(() -> new CsvImporter().load(request, Progress.NONE))
                .hasMessage("in.csv:1:1: no column \"truth\" for the label; the header has id, label, pred");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> load(dir.resolve("nope.csv"))).hasMessage("nope.csv:1:1: no such file");
    }

    @Test
    void positionsCountCharactersNotBytes() {
        assertFails(
                "id,label,score\n1,\u00e9t\u00e9,x\n",
                "in.csv:2:7: column \"score\" needs a probability from 0 to 1 but holds \"x\"");
    }

    @Test
    void lenientReadingKeepsTheRowAndCountsTheBadCell() {
        Path file = write(dir, "in.csv", "id,label,score\n1,1,0.5\n2,0,abc\n3,0,?\n4,1,7\n");
        LoadedData loaded = new CsvImporter().load(ImportRequest.of(file).lenient(), Progress.NONE);
        assertThat(loaded.dataset().rowCount()).isEqualTo(4);
        assertThat(loaded.dataset().numeric("score").value(1)).isNaN();
        assertThat(loaded.dataset().numeric("score").value(3)).isNaN();
        assertThat(loaded.warnings())
                .containsExactly("column \"score\" needs a probability from 0 to 1 but holds"
                        + " something else in 3 cells, read as missing (first at in.csv:3:5, \"abc\")");
    }

    @Test
    void aFileTooLargeForTheMemoryIsRefusedBeforeLoadingWithWhatItNeeds() {
        StringBuilder csv = new StringBuilder("id,label,pred,score\n");
        for (int i = 1; i <= 40_000; i++) {
            csv.append(i).append(",a,b,0.").append(i % 10).append('\n');
        }
        Path file = write(dir, "big.csv", csv.toString());
        // 40,000 rows of two numbers, two codes and a line number (28 bytes), made 1.2 times over, and two
        // numbers a row more while the columns are copied to their length on two cores: 40,000 × (28 × 1.2 +
        // 8 × 2) = 1.98 MB; and the file's bytes, 0.57 MB: 2.5 MB (3.5 MB where the five columns are copied at
        // once, on five cores or more)
        long budget = 1 << 20;
        assertThatThrownBy(() -> new CsvImporter(() -> budget).load(ImportRequest.of(file), Progress.NONE))
                .isInstanceOf(InsufficientMemoryException.class)
                .hasMessageMatching("big\\.csv needs about [23] MB of memory to open and Errata may use only 1 MB more;"
                        + " start it with more memory, e\\.g\\. java -Xmx\\d+g -jar errata\\.jar");
        assertThat(new CsvImporter(() -> 4L << 20)
                        .load(ImportRequest.of(file), Progress.NONE)
                        .dataset()
                        .rowCount())
                .isEqualTo(40_000);
    }

    /**
     * A project from elsewhere can name any file as its data, and a message goes to a terminal or a bug
     * report: it quotes a cell or a column name only in part, never a whole file read as one cell.
     */
    @Test
    void messagesQuoteOnlyAShortExcerptOfACellOrHeader() {
        String secret = "SECRET_TOKEN=" + "s".repeat(5_000);
        Path twoCells = write(dir, "environ", secret + ",x\n");
        assertThatThrownBy(() -> load(twoCells))
                .hasMessage("environ:1:1: no column is the label (true value); name it with --label. " + "Columns: "
                        + secret.substring(0, 60) + "… (5,013 characters), x");

        Path manyColumns = write(
                dir,
                "wide.csv",
                java.util.stream.IntStream.range(0, 1000)
                                .mapToObj(i -> "c" + i)
                                .collect(java.util.stream.Collectors.joining(","))
                        + "\n1\n");
        assertThatThrownBy(() -> load(manyColumns))
                .hasMessageEndingWith("Columns: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, "
                        + "c14, c15, c16, c17, c18, c19 and 980 more");

        Path score = write(dir, "score.csv", "label,score\n1,0.5\n0," + secret + "\n");
        assertThatThrownBy(() -> load(score))
                .hasMessage("score.csv:3:3: column \"score\" needs a probability from 0 to 1 but holds \""
                        + secret.substring(0, 60) + "… (5,013 characters)\"");
    }

    /** Any text file without commas is a file of one column: its first line, a secret perhaps, is not quoted as a header. */
    @Test
    void aFileOfOneColumnIsRefusedWithoutQuotingItsFirstLine() {
        Path shadow = write(dir, "shadow", "root:$6$salt$hashhashhash:19000:0:99999:7:::\nuser:!:19000::::::\n");
        assertThatThrownBy(() -> load(shadow))
                .hasMessage("shadow:1:1: the file has one column, so no label and prediction to "
                        + "compare; a data set has a column for each (a CSV file separates them with commas)");
    }

    /** With one column as both, a report would list the column's every value as a class. */
    @Test
    void theLabelAndThePredictionAreNotOneColumn() {
        Path file = write(dir, "keys.csv", "key,n\nAAAA,1\nBBBB,2\n");
        ImportRequest request =
                ImportRequest.of(file).withOverrides(new ColumnRoles(null, "key", "key", null, null, null, null));
        assertThatThrownBy(() -> new CsvImporter().load(request, Progress.NONE))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "keys.csv:1:1: the label and the prediction are one column, \"key\"; the prediction is a column of its own");
    }

    @Test
    void aHeaderLongerThanTheSampleIsReadWholeAndAWideFileIsEstimatedByItsRows() {
        // 70,002 columns whose header alone is 1.5 MB, more than the first look at the file reads.
        StringBuilder csv = labelPredAnd(70_000, "feature_number_");
        csv.append("\na,b").append(",1".repeat(70_000)).append('\n');
        Path file = write(dir, "wide.csv", csv.toString());
        CsvSample sample = CsvSample.take(CsvSource.open(file, null, MemoryEstimate::available));
        assertThat(sample.header().names()).hasSize(70_002).endsWith("feature_number_69999");
        CellKind[] kinds = new CellKind[70_002];
        java.util.Arrays.fill(kinds, CellKind.NUMBER);
        // One row of 70,002 numbers: 560 KB as arrays, plus the block's per-column sinks; nowhere near the 784,038 MB
        // the sample's cut-off header made of it.
        assertThat(MemoryEstimate.bytesToLoad(csv.length(), sample, kinds)).isBetween(1L << 20, 256L << 20);
        LoadedData loaded = new CsvImporter(() -> 512L << 20).load(ImportRequest.of(file), Progress.NONE);
        assertThat(loaded.dataset().rowCount()).isEqualTo(1);
        assertThat(loaded.dataset().numeric("feature_number_69999").value(0)).isEqualTo(1.0);
    }

    @Test
    void aDuplicateNameInAHeaderOfAMillionNamesIsTheRealOne() {
        StringBuilder csv = labelPredAnd(1_000_000, "c");
        csv.append(",c12345\na,b").append(",1".repeat(1_000_001)).append('\n');
        int column = csv.indexOf(",c12345\n") + 2;
        assertFails(
                csv.toString(),
                "in.csv:1:" + column + ": the header names \"c12345\" twice (columns 12348 and 1000003)");
    }

    /** A header of label, pred and {@code columns} more named the prefix and a number. */
    private static StringBuilder labelPredAnd(int columns, String prefix) {
        StringBuilder header = new StringBuilder("label,pred");
        for (int c = 0; c < columns; c++) {
            header.append(',').append(prefix).append(c);
        }
        return header;
    }
}
