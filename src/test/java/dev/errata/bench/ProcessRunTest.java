package dev.errata.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole process's time and peak memory, on a program whose both are known: it fills 300 MB and then sleeps
 * 400 ms, so its peak is at least 300 MB (a JVM itself adds some tens) and its time at least 400 ms.
 */
class ProcessRunTest {

    @TempDir
    Path folder;

    @Test
    void measuresTheTimeAndThePeakMemoryOfAWholeProcess() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "peak memory is read from /proc");
        Path program = folder.resolve("Fill.java");
        Files.writeString(program, """
                public class Fill {
                    public static void main(String[] args) throws Exception {
                        byte[] filled = new byte[300 << 20];
                        java.util.Arrays.fill(filled, (byte) 1);
                        Thread.sleep(400);
                        System.out.println(filled[filled.length - 1]);
                    }
                }
                """);

        ProcessRun run = ProcessRun.of(List.of(java(), "-Xmx600m", program.toString()), Map.of());

        assertThat(run.millis()).isGreaterThanOrEqualTo(400);
        assertThat(run.peakMb()).isBetween(300.0, 600.0);
    }

    @Test
    void aProcessThatFailsIsAnErrorWithItsLastWords() throws Exception {
        Path program = folder.resolve("Fail.java");
        Files.writeString(program, """
                public class Fail {
                    public static void main(String[] args) {
                        System.err.println("no such file: bench.csv");
                        System.exit(3);
                    }
                }
                """);

        assertThatThrownBy(() -> ProcessRun.of(List.of(java(), program.toString()), Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith("exited with 3: no such file: bench.csv");
    }

    @Test
    void theOutputOfAProcessIsWhatItPrintedALineEach() throws Exception {
        Path program = folder.resolve("Print.java");
        Files.writeString(program, """
                public class Print {
                    public static void main(String[] args) {
                        System.out.println("1369.1");
                        System.out.println(System.getenv("ERRATA_PRINT_TEST"));
                    }
                }
                """);

        List<String> printed =
                ProcessRun.output(List.of(java(), program.toString()), Map.of("ERRATA_PRINT_TEST", "651.5"));

        assertThat(printed).containsExactly("1369.1", "651.5");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
