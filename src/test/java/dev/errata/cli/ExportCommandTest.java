package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.project.Project;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class ExportCommandTest {

    /*
     * Errors (label ≠ pred): rows 2, 4 and 5 (ids). The comment column holds what a spreadsheet would run.
     * g = a (ids 1–3): 1 error of 3; g = b (ids 4–6): 2 errors of 3.
     */
    private static final String CSV = "id,label,pred,delta,comment,g\n"
            + "1,1,1,-0.5,=1+2,a\n"
            + "2,1,0,0.25,+SUM(A1),a\n"
            + "3,0,0,-3,@cmd,a\n"
            + "4,0,1,1.5,-2+3,b\n"
            + "5,1,0,2,\"\ttab\",b\n"
            + "6,0,0,-1,-7,b\n";
    private static final String NOTE = "said \"no\", then\n=HYPERLINK(\"http://x\")";

    @TempDir
    Path dir;

    private Path project;

    /** Reviewed: ids 1–4. Hand tag "=cmd" on ids 2 and 3. */
    @BeforeEach
    void writeProject() throws IOException {
        try (Project p = EvalProject.create(dir, CSV)) {
            project = p.file();
            p.session().createTag(TagDefinition.hand("=cmd", "#4e79a7").withDescription("@risky description"));
            p.session().setTag("=cmd", RoaringBitmap.bitmapOf(1, 2), true);
            p.session().setReviewed(RoaringBitmap.bitmapOfRange(0, 4), true);
            p.session().setNote(3, NOTE);
            p.save();
        }
    }

    private List<CSVRecord> export(String what, String... extra) throws IOException {
        Path out = dir.resolve(what + ".csv");
        String[] args = new String[extra.length + 5];
        args[0] = "export";
        args[1] = what;
        args[2] = project.toString();
        args[3] = "--out";
        args[4] = out.toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        CommandRun run = CommandRun.of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + System.lineSeparator());
        try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
            return records;
        }
    }

    @Test
    void rowsRoundTripWithTagsReviewMarksAndNotes() throws IOException {
        List<CSVRecord> rows = export("rows");
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsExactly(
                        "id",
                        "label",
                        "pred",
                        "delta",
                        "comment",
                        "g",
                        "error",
                        "reviewed",
                        "note",
                        "tag:=cmd",
                        "reviewed_by",
                        "tagged_by");
        assertThat(rows).extracting(r -> r.get("error")).containsExactly("0", "1", "0", "1", "1", "0");
        assertThat(rows).extracting(r -> r.get("reviewed")).containsExactly("1", "1", "1", "1", "0", "0");
        assertThat(rows).extracting(r -> r.get("tag:=cmd")).containsExactly("0", "1", "1", "0", "0", "0");
        // the fixture's marks are the system user's, the analyst when none is named
        String me = System.getProperty("user.name");
        assertThat(rows).extracting(r -> r.get("reviewed_by")).containsExactly(me, me, me, me, "", "");
        assertThat(rows)
                .extracting(r -> r.get("tagged_by"))
                .containsExactly("", "'=cmd: " + me, "'=cmd: " + me, "", "", "");
        assertThat(rows.get(3).get("note"))
                .as("a note that does not start a formula keeps its text")
                .isEqualTo(NOTE);
        assertThat(rows.get(0).get("note")).isEmpty();
    }

    @Test
    void formulasAreMadeInertAndNumbersStayNumbers() throws IOException {
        List<CSVRecord> rows = export("rows");
        assertThat(rows)
                .extracting(r -> r.get("comment"))
                .containsExactly("'=1+2", "'+SUM(A1)", "'@cmd", "'-2+3", "'\ttab", "-7");
        assertThat(rows)
                .extracting(r -> Double.parseDouble(r.get("delta")))
                .containsExactly(-0.5, 0.25, -3.0, 1.5, 2.0, -1.0);
        assertThat(rows.get(0).get("delta")).isEqualTo("-0.5");
    }

    @Test
    void tagMetricsOverTheReviewedRows() throws IOException {
        // N = 6; errors ids 2, 4, 5, reviewed 2 and 4; correct ids 1, 3, 6, reviewed 1 and 3. Tagged: id 2
        // of the reviewed errors, id 3 of the reviewed correct rows, so each reviewed row stands for 3/2:
        // |T| ≈ 3·½ + 3·½ = 3 of 6, |T∩E| ≈ 3·½ of 3 errors
        CSVRecord tag = export("tags").get(0);
        assertThat(tag.get("tag")).isEqualTo("'=cmd");
        assertThat(tag.get("kind")).isEqualTo("hand");
        assertThat(tag.get("estimate")).isEqualTo("sample");
        assertThat(tag.get("scope_rows")).isEqualTo("6");
        assertThat(tag.get("count")).isEqualTo("2");
        assertThat(tag.get("reviewed_rows")).isEqualTo("4");
        assertThat(tag.get("reviewed_errors")).isEqualTo("2");
        assertThat(tag.get("reviewed_correct")).isEqualTo("2");
        assertThat(Double.parseDouble(tag.get("prevalence"))).isEqualTo(0.5);
        assertThat(Double.parseDouble(tag.get("error_share"))).isEqualTo(0.5);
        assertThat(Double.parseDouble(tag.get("error_rate"))).isEqualTo(0.5);
        assertThat(tag.get("headroom")).as("no baseline").isEmpty();
        assertThat(tag.get("small_sample")).isEqualTo("1");
        assertThat(tag.get("description")).isEqualTo("'@risky description");
    }

    @Test
    void sliceMetricsOfTheSliceColumns() throws IOException {
        List<CSVRecord> slices = export("slices", "--slice", "g", "--slice", "comment");
        assertThat(slices)
                .extracting(r -> r.get("column") + "=" + r.get("value"))
                .startsWith("g=a", "g=b")
                .contains("comment='=1+2", "comment=-7");
        assertThat(Double.parseDouble(slices.get(0).get("accuracy"))).isEqualTo(2.0 / 3);
        assertThat(Double.parseDouble(slices.get(1).get("error_rate"))).isEqualTo(2.0 / 3);
        // g = b: positives ids 5 (missed); negatives 4 (flagged) and 6: TPR 0, FPR 1/2
        assertThat(slices.get(1).get("tpr")).isEqualTo("0");
        assertThat(Double.parseDouble(slices.get(1).get("fpr"))).isEqualTo(0.5);
        assertThat(slices.get(0).get("count")).isEqualTo("3");
    }

    @Test
    void slicesWithoutColumnsSliceByEveryColumnThatPlaysNoRole() throws IOException {
        // as the window does: the saved views' columns, and without views every column with few values
        List<CSVRecord> slices = export("slices");
        assertThat(slices).extracting(r -> r.get("column")).containsOnly("delta", "comment", "g");
    }
}
