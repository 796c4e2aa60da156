package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.DamagedCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on generated damaged and hostile CSV files: every run exits 0 or 2, a refusal is one
 * line without a stack trace, and nothing printed holds a control character from the data. CI runs 700
 * files; {@code -Derrata.fuzz.files=10000} runs more (docs/reliability.md).
 */
class CommandFuzzTest {

    private static final int FILES = Integer.getInteger("errata.fuzz.files", 700);
    private static final String[] ENCODINGS = {"UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "nonsense"};

    @TempDir
    Path dir;

    @Test
    void everyGeneratedFileExitsZeroOrTwoWithoutAStackTrace() throws IOException {
        Random random = new Random(4242);
        int[] exits = new int[3];
        long slowest = 0;
        for (int i = 0; i < FILES; i++) {
            byte[] content = DamagedCsv.of(random, i % DamagedCsv.KINDS);
            Path file = Files.write(dir.resolve("f" + (i % 50) + ".csv"), content);
            List<String> args = new ArrayList<>(List.of(i % 20 == 0 ? "report" : "metrics", file.toString()));
            if (i % 20 == 0) {
                args.addAll(List.of(
                        "--out", dir.resolve(i % 40 == 0 ? "r.md" : "r.html").toString()));
            } else if (random.nextBoolean()) {
                args.addAll(List.of("--format", "json"));
            }
            if (random.nextInt(4) == 0) {
                args.add("--lenient");
            }
            if (random.nextInt(8) == 0) {
                args.addAll(List.of("--encoding", ENCODINGS[random.nextInt(ENCODINGS.length)]));
            }
            long start = System.nanoTime();
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            slowest = Math.max(slowest, System.nanoTime() - start);
            String what = "case " + i + " " + args + " on " + DamagedCsv.describe(content);
            assertThat(run.exitCode()).as(what + "\n" + run.err()).isIn(0, 2);
            exits[run.exitCode()]++;
            if (run.exitCode() == 2) {
                assertThat(run.err()).as(what).matches("errata: [^\\n]+\\R").doesNotContain("\tat ", "Exception");
            }
            assertThat(run.out() + run.err()).as(what).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
        }
        System.out.printf(
                "CommandFuzzTest: %d files, %d exited 0, %d exited 2, slowest run %d ms%n",
                FILES, exits[0], exits[2], slowest / 1_000_000);
        assertThat(slowest).as("no run near a hang").isLessThan(20_000_000_000L);
        assertThat(exits[0]).isPositive();
        assertThat(exits[2]).isPositive();
    }
}
