package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run's commands all run, on a small file: a command that failed would leave the cache untrained for it. */
class AotTrainingTest {

    @TempDir
    Path dir;

    @Test
    void runsTheBenchmarkThenTheMeasuredCommandThenTheSavedProjectsMetrics() throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = AotTraining.train(dir, 3000);
        } finally {
            System.setOut(before);
        }
        String out = printed.toString(StandardCharsets.UTF_8);

        assertThat(exit).isZero();
        assertThat(out).contains("Errata benchmark: 3,000 rows");
        // the measured command's JSON, then the project's metrics as text
        assertThat(out.indexOf("\"slices\"")).isGreaterThan(out.indexOf("Errata benchmark"));
        assertThat(out.lastIndexOf("3,000 rows")).isGreaterThan(out.indexOf("\"slices\""));
    }
}
