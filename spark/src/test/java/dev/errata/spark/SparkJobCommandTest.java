package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job's command line: bad input is one line on stderr and exit code 2, good input the document. */
class SparkJobCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void localMode() {
        // what spark-submit or spark/run-local would set
        System.setProperty("spark.master", "local[1]");
        System.setProperty("spark.ui.enabled", "false");
    }

    @Test
    void aMissingColumnIsNamedInOneLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("d.csv"), "y,p.hat\na,a\nb,a\n");
        Run run = run(csv.toString(), "--label", "y", "--prediction", "p");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err.strip()).isEqualTo("errata-spark: the data has no column \"p\"; its columns are [y, p.hat]");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aMissingFileIsNamedInOneLine() {
        Run run = run(dir.resolve("absent.parquet").toString(), "--label", "y", "--prediction", "p");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).startsWith("errata-spark: ").contains("absent.parquet");
    }

    @Test
    void aColumnWithADotInItsNameIsACaseNotAField() throws Exception {
        Path csv = Files.writeString(dir.resolve("d.csv"), "y,p.hat\na,a\nb,a\nb,b\n");
        Run run = run(csv.toString(), "--label", "y", "--prediction", "p.hat", "--format", "json");

        assertThat(run.code).as(run.err).isEqualTo(0);
        // 2 of 3 right; the confusion matrix by hand: a→a, b→a, b→b
        assertThat(run.out).contains("\"accuracy\" : 0.6666666666666666").contains("\"errors\" : 1");
    }

    @Test
    void aRegressionIsMeasuredWithTheToleranceGiven() throws Exception {
        Path csv = Files.writeString(dir.resolve("r.csv"), "y,p\n3,2\n1,3\n2,1.5\n6,3\n");
        Run run = run(
                csv.toString(),
                "--label",
                "y",
                "--prediction",
                "p",
                "--task",
                "regression",
                "--tolerance",
                "0.75",
                "--format",
                "json");

        assertThat(run.code).as(run.err).isEqualTo(0);
        // absolute residuals 1, 2, 0.5, 3: three above 0.75; MAE 6.5 / 4
        assertThat(run.out)
                .contains("\"task\" : \"regression\"")
                .contains("\"errors\" : 3")
                .contains("\"mae\" : 1.625");
    }

    @Test
    void aTaskTheJobDoesNotComputeIsRefusedInOneLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "y,p\na cat,a hat\n");

        Run transcription = run(csv.toString(), "--label", "y", "--prediction", "p", "--task", "transcription");
        assertThat(transcription.code).isEqualTo(2);
        assertThat(transcription.err.strip())
                .isEqualTo("errata-spark: the Spark job computes classification and regression metrics,"
                        + " not transcription ones");

        Run unknown = run(csv.toString(), "--label", "y", "--prediction", "p", "--task", "ranking");
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err.strip()).startsWith("errata-spark: unknown task \"ranking\"");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = SparkJob.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "metrics";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = line.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
