package dev.errata.data;

import static dev.errata.data.CsvFixtures.load;
import static dev.errata.data.CsvFixtures.write;
import static dev.errata.data.CsvFixtures.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {

    /** The long note of the files whose records change length after the sample. */
    private static final String LONG_NOTE = "n".repeat(180);

    @TempDir
    Path dir;

    @Test
    void wellFormedQuirksLoadCorrectly() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "id,label,pred,note\r\n"
                + "1,a,a,\"x, \"\"quoted\"\"\nsecond line\"\r\n"
                + "2,b,a,\r\n"
                + "3,,b,plain\r\n"
                + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body.getBytes(StandardCharsets.UTF_8));
        LoadedData loaded = load(writeBytes(dir, "quirks.csv", out.toByteArray()));
        Dataset data = loaded.dataset();

        assertThat(data.columnNames()).containsExactly("id", "label", "pred", "note");
        assertThat(data.rowCount()).isEqualTo(3);
        assertThat(data.column("note").text(0)).isEqualTo("x, \"quoted\"\nsecond line");
        assertThat(data.column("note").isMissing(1)).isTrue();
        assertThat(data.column("label").isMissing(2)).isTrue();
        assertThat(data.lineOf(1))
                .as("the quoted newline moves row 2 to line 4")
                .isEqualTo(4);
        assertThat(data.rowId(2)).isEqualTo("3");
        assertThat(loaded.roles().task()).isEqualTo(Task.BINARY);
        assertThat(loaded.warnings())
                .containsExactly("the label is empty in 1 row (column \"label\", first on line 5);"
                        + " they stay in the table and are left out of the metrics that need it");
    }

    @Test
    void detectsRolesFromCommonNamesAndTheTaskFromTheValues() {
        LoadedData binary =
                load(write(dir, "b.csv", "ID,y_true,y_pred,y_score,age\n1,yes,no,0.2,30\n2,no,no,0.1,41\n"));
        assertThat(binary.roles())
                .isEqualTo(new ColumnRoles("ID", "y_true", "y_pred", "y_score", Map.of(), Task.BINARY, "yes"));
        assertThat(binary.dataset().column("age")).isInstanceOf(NumericColumn.class);

        LoadedData multi = load(write(
                dir,
                "m.csv",
                "target,prediction,proba_cat,proba_dog,proba_eel\ncat,dog,0.2,0.7,0.1\neel,eel,0.1,0.1,0.8\n"));
        assertThat(multi.roles().task()).isEqualTo(Task.MULTICLASS);
        assertThat(multi.roles().classScores())
                .containsExactly(
                        Map.entry("cat", "proba_cat"), Map.entry("dog", "proba_dog"), Map.entry("eel", "proba_eel"));
        assertThat(multi.dataset().idColumn()).isEmpty();
        assertThat(multi.dataset().rowId(1))
                .as("rows without an id column are keyed by line")
                .isEqualTo("3");

        StringBuilder regression = new StringBuilder("label,pred\n");
        for (int i = 0; i < 25; i++) {
            regression.append(i * 1.25).append(',').append(i).append('\n');
        }
        LoadedData reg = load(write(dir, "r.csv", regression.toString()));
        assertThat(reg.roles().task()).isEqualTo(Task.REGRESSION);
        assertThat(reg.dataset().numeric("label").value(3)).isEqualTo(3.75);
    }

    @Test
    void numericClassLabelsStayClassesAndOneIsPositive() {
        LoadedData loaded = load(write(dir, "n.csv", "label,pred,score\n0,1,0.7\n1,1,0.9\n0,0,0.2\n"));
        assertThat(loaded.dataset().column("label")).isInstanceOf(CategoricalColumn.class);
        assertThat(loaded.roles().positiveClass()).isEqualTo("1");
    }

    @Test
    void positiveClassIsTheOneTheModelPredictsForHigherScores() {
        LoadedData loaded = load(
                write(dir, "p.csv", "true_label,pred_label,score\n<=50K,<=50K,0.1\n>50K,>50K,0.8\n>50K,<=50K,0.3\n"));
        assertThat(loaded.roles().positiveClass()).isEqualTo(">50K");
    }

    @Test
    void overridesWinOverDetection() {
        Path file = write(dir, "o.csv", "id,label,pred,other\n1,a,b,b\n2,b,b,a\n");
        ColumnRoles chosen = new ColumnRoles(null, null, "other", null, null, null, "a");
        LoadedData loaded = new CsvImporter().load(ImportRequest.of(file).withOverrides(chosen), Progress.NONE);
        assertThat(loaded.roles().prediction()).isEqualTo("other");
        assertThat(loaded.roles().positiveClass()).isEqualTo("a");
        assertThat(loaded.roles().label()).isEqualTo("label");
    }

    @Test
    void joinsAPredictionsFileOnItsIdAndReportsRowsWithoutAPartner() {
        Path data = write(dir, "data.csv", "id,age,label\n10,30,a\n11,40,b\n12,50,a\n13,60,b\n");
        Path predictions = write(dir, "preds.csv", "id,pred\n12,b\n10,a\n99,a\n");
        LoadedData loaded =
                new CsvImporter().load(ImportRequest.of(data).withPredictions(predictions, "id"), Progress.NONE);
        Dataset joined = loaded.dataset();
        assertThat(joined.columnNames()).containsExactly("id", "age", "label", "pred");
        assertThat(List.of(
                        joined.column("pred").text(0),
                        joined.column("pred").text(1),
                        joined.column("pred").text(2)))
                .containsExactly("a", "", "b");
        assertThat(loaded.warnings())
                .contains(
                        "preds.csv has 1 row whose id is not in data.csv; they are left out (first ids: 99)",
                        "data.csv has 2 rows without predictions in preds.csv; they stay, without a prediction (first ids: 11, 13)");
    }

    @Test
    void readsAFileOfManyBlocksWithQuotedNewlinesAcrossBlockEdges() {
        StringBuilder csv = new StringBuilder("id,label,pred,text,x\n");
        int rows = 150_000;
        for (int i = 1; i <= rows; i++) {
            String text = i % 7 == 0 ? "\"line one, \"\"q\"\"\nline two\"" : "t" + (i % 13);
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "a" : "b")
                    .append(',')
                    .append(i % 5 == 0 ? "a" : "b")
                    .append(',')
                    .append(text)
                    .append(',')
                    .append(i * 0.5)
                    .append('\n');
        }
        LoadedData loaded = load(write(dir, "big.csv", csv.toString()));
        Dataset data = loaded.dataset();
        assertThat(csv.length()).as("large enough for several blocks").isGreaterThan(3 << 20);
        assertThat(data.rowCount()).isEqualTo(rows);
        double sum = 0;
        for (int row = 0; row < rows; row++) {
            sum += data.numeric("x").value(row);
            assertThat(data.rowId(row)).isEqualTo(Integer.toString(row + 1));
        }
        assertThat(sum).isEqualTo(0.5 * rows * (rows + 1) / 2);
        assertThat(data.column("text").text(6)).isEqualTo("line one, \"q\"\nline two");
        // Line of row r: 1 header line + r earlier records + one extra line per earlier multi-line text.
        int row = 149_999;
        assertThat(data.lineOf(row)).isEqualTo(2 + row + row / 7);
    }

    @Test
    void readsAFileOfManyBlocksWithoutQuotes() {
        StringBuilder csv = new StringBuilder("id,label,pred,x\r\n");
        int rows = 300_000;
        for (int i = 1; i <= rows; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 3 == 0 ? "a" : "b")
                    .append(",b,")
                    .append(i % 1000)
                    .append("\r\n");
        }
        Dataset data = load(write(dir, "plain.csv", csv.toString())).dataset();
        assertThat(csv.length()).as("large enough for several blocks").isGreaterThan(3 << 20);
        assertThat(data.rowCount()).isEqualTo(rows);
        double sum = 0;
        for (int row = 0; row < rows; row++) {
            sum += data.numeric("x").value(row);
        }
        // 300 full cycles of 0..999
        assertThat(sum).isEqualTo(300 * 999 * 1000 / 2.0);
        assertThat(data.rowId(123_456)).isEqualTo("123457");
        assertThat(data.lineOf(123_456)).isEqualTo(123_458);
    }

    @Test
    void readsBlankLinesBetweenRecordsOfManyBlocksAndKeepsLevelsInFileOrder() {
        // A blank line after every 997th record: each block counts more lines than it has records, so the
        // blocks' stretches of the columns are closed up after the parse.
        StringBuilder csv = new StringBuilder("id,label,pred,group,x\n");
        int rows = 250_000;
        for (int i = 1; i <= rows; i++) {
            String group = i > 240_000 ? "late" : "g" + (i % 3);
            csv.append(i)
                    .append(",a,b,")
                    .append(group)
                    .append(',')
                    .append(i % 100)
                    .append('\n');
            if (i % 997 == 0) {
                csv.append('\n');
            }
        }
        assertThat(csv.length()).as("large enough for several blocks").isGreaterThan(3 << 20);
        Dataset data = load(write(dir, "blank-lines.csv", csv.toString())).dataset();

        assertThat(data.rowCount()).isEqualTo(rows);
        double sum = 0;
        for (int row = 0; row < rows; row++) {
            sum += data.numeric("x").value(row);
            assertThat(data.rowId(row)).isEqualTo(Integer.toString(row + 1));
        }
        // 2,500 full cycles of 0..99
        assertThat(sum).isEqualTo(2_500 * 99 * 100 / 2.0);
        assertThat(((CategoricalColumn) data.column("group")).levels()).containsExactly("g1", "g2", "g0", "late");
        assertThat(data.column("group").text(rows - 1)).isEqualTo("late");
        // Line of row r: the header, r earlier records and a blank line after every 997th of them.
        int row = 249_999;
        assertThat(data.lineOf(row)).isEqualTo(2 + row + row / 997);
    }

    @Test
    void recordsFarShorterThanTheSampleAndEachBlocksStartAreReadWhole() {
        // Records of about 200 bytes in the first megabyte (the sample) and in the first 100 KB of every later
        // megabyte, where each block starts; between them records of about 15. The blocks hold ten times the
        // records their stretches were made for, so the file is read again with each block's line breaks
        // counted first.
        StringBuilder csv = new StringBuilder("id,label,pred,note,x\n");
        int rows = 0;
        while (csv.length() < 5_200_000) {
            rows++;
            boolean longNote = csv.length() < (1 << 20) + 10_000 || csv.length() % (1 << 20) < 100_000;
            csv.append(rows)
                    .append(",a,b,")
                    .append(longNote ? LONG_NOTE : "s")
                    .append(',')
                    .append(rows % 10)
                    .append('\n');
        }
        rows -= rows % 10;
        csv.setLength(csv.indexOf("\n" + (rows + 1) + ",") + 1);
        Dataset data = load(write(dir, "shorter.csv", csv.toString())).dataset();

        assertReadWhole(data, rows);
        assertThat(data.column("note").text(0)).isEqualTo(LONG_NOTE);
        assertThat(data.column("note").text(rows - 1)).isEqualTo("s");
    }

    @Test
    void aFileSortedByTheLengthOfItsRecordsIsReadWhole() {
        // records that shrink from about 200 bytes to 15 through the file, as in a file sorted by a column of
        // text: each block's stretch follows the length at its own start, and a block whose records shrink
        // within it is read again
        int rows = 200_000;
        String csv = notes(rows, i -> i <= 5_000 || (i < 60_000 && i % 2 == 0));
        Dataset data = load(write(dir, "sorted.csv", csv)).dataset();

        assertReadWhole(data, rows);
        assertThat(data.column("note").text(1)).isEqualTo(LONG_NOTE);
        assertThat(data.column("note").text(rows - 1)).isEqualTo("s");
    }

    @Test
    void recordsFarLongerAfterTheSampleAreReadWhole() {
        // the other way round: the stretches have ten times the room the later blocks use, which is closed up
        int rows = 100_000;
        int longFrom = 80_001;
        String csv = notes(rows, i -> i >= longFrom);
        assertThat(csv.indexOf(LONG_NOTE))
                .as("the long records come after the sample")
                .isGreaterThan(1 << 20);
        Dataset data = load(write(dir, "longer.csv", csv)).dataset();

        assertReadWhole(data, rows);
        assertThat(data.column("note").text(longFrom - 2)).isEqualTo("s");
        assertThat(data.column("note").text(rows - 1)).isEqualTo(LONG_NOTE);
    }

    /** Rows 1 to {@code rows}: id, label, prediction, a note long where {@code isLong} says, and x = the row mod 10. */
    private static String notes(int rows, IntPredicate isLong) {
        StringBuilder csv = new StringBuilder("id,label,pred,note,x\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i)
                    .append(",a,b,")
                    .append(isLong.test(i) ? LONG_NOTE : "s")
                    .append(',')
                    .append(i % 10)
                    .append('\n');
        }
        return csv.toString();
    }

    /** Every row of {@link #notes}, in order: x sums to 45 for each ten rows, the last row has its id and line. */
    private static void assertReadWhole(Dataset data, int rows) {
        assertThat(data.rowCount()).isEqualTo(rows);
        double sum = 0;
        for (int row = 0; row < rows; row++) {
            sum += data.numeric("x").value(row);
        }
        assertThat(sum).isEqualTo(rows / 10 * 45.0);
        assertThat(data.rowId(rows - 1)).isEqualTo(Integer.toString(rows));
        assertThat(data.lineOf(rows - 1)).isEqualTo(rows + 1);
    }

    @Test
    void aColumnOfFewValuesInTheSampleAndManyAfterIsReadWhole() {
        // "city" has three values in the first megabyte, the sample, so it is read a byte a row, and then
        // 300: the read finds more than a byte's codes and reads the file again with int codes for it.
        StringBuilder csv = new StringBuilder("id,label,pred,city,kind\n");
        int rows = 200_000;
        for (int i = 1; i <= rows; i++) {
            String city = i <= 100_000 ? "c" + (i % 3) : "city" + (i % 300);
            csv.append(i)
                    .append(",a,b,")
                    .append(city)
                    .append(',')
                    .append(i % 2 == 0 ? "even" : "odd")
                    .append('\n');
        }
        Dataset data = load(write(dir, "cities.csv", csv.toString())).dataset();

        CategoricalColumn city = (CategoricalColumn) data.column("city");
        assertThat(city.levelCount()).isEqualTo(303);
        assertThat(city.text(0)).isEqualTo("c1");
        assertThat(city.text(150_000 - 1)).isEqualTo("city0");
        assertThat(city.text(rows - 1)).isEqualTo("city" + (rows % 300));
        assertThat(city.code(rows - 1)).isEqualTo(city.codeOf("city" + (rows % 300)));
        CategoricalColumn kind = (CategoricalColumn) data.column("kind");
        assertThat(kind.levels()).containsExactly("odd", "even");
        assertThat(kind.text(rows - 1)).isEqualTo("even");
    }

    @Test
    void readsQuotedLineBreaksThatFirstAppearAfterTheSample() {
        // the first 1 MB (the sample) has no quote, so the blocks are first cut at guessed record starts;
        // after it most line breaks are inside quotes, so the guesses fail and the quotes are counted
        StringBuilder csv = new StringBuilder("id,label,pred,text\n");
        int rows = 200_000;
        int quotedFrom = 90_000;
        for (int i = 1; i <= rows; i++) {
            String text = i >= quotedFrom ? "\"a\nb\nc,\nd\"" : "plain" + (i % 10);
            csv.append(i).append(",a,b,").append(text).append('\n');
        }
        assertThat(csv.indexOf("\"")).as("no quote in the sample").isGreaterThan(1 << 20);
        assertThat(csv.length()).as("large enough for several blocks").isGreaterThan(3 << 20);
        Dataset data = load(write(dir, "late-quotes.csv", csv.toString())).dataset();

        assertThat(data.rowCount()).isEqualTo(rows);
        assertThat(data.column("text").text(quotedFrom - 2)).isEqualTo("plain" + ((quotedFrom - 1) % 10));
        assertThat(data.column("text").text(rows - 1)).isEqualTo("a\nb\nc,\nd");
        assertThat(data.rowId(rows - 1)).isEqualTo(Integer.toString(rows));
        // each quoted record spans four lines
        assertThat(data.lineOf(rows - 1)).isEqualTo(2 + (quotedFrom - 1) + 4 * (rows - quotedFrom));
    }

    @Test
    void aColumnThatLooksNumericInTheSampleButHoldsTextLaterIsReadAsText() {
        StringBuilder csv = new StringBuilder("id,label,pred,code\n");
        for (int i = 1; i <= 40_000; i++) {
            csv.append(i)
                    .append(",a,b,")
                    .append(i == 39_999 ? "X7" : Integer.toString(i))
                    .append('\n');
        }
        Dataset data = load(write(dir, "late.csv", csv.toString())).dataset();
        assertThat(data.column("code")).isInstanceOf(CategoricalColumn.class);
        assertThat(data.column("code").text(39_998)).isEqualTo("X7");
        assertThat(data.column("code").text(4)).isEqualTo("5");
    }

    @Test
    void reportsProgressUpToDoneAndStopsWhenCancelled() {
        Path file = write(dir, "p.csv", "label,pred\na,b\n");
        double[] last = {0};
        new CsvImporter().load(ImportRequest.of(file), new Progress() {
            @Override
            public void update(double fractionDone) {
                last[0] = fractionDone;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(last[0]).isEqualTo(1.0);
        Progress cancelled = new Progress() {
            @Override
            public void update(double fractionDone) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new CsvImporter().load(ImportRequest.of(file), cancelled))
                .isInstanceOf(CancelledException.class);
    }
}
