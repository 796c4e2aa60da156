package dev.errata.cli;

import dev.errata.bench.ColdCommand;
import dev.errata.bench.WindowFigures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import picocli.CommandLine;

/**
 * The warm figure of {@code bench --cold}: the command a first run is measured with, run again and again in
 * this one process. The file is touched just before each run, and the table cache keeps only files left
 * alone for a while, so no run finds a table of an earlier one: each parses the file as a first run does,
 * with the code the runs before it compiled.
 */
final class WarmRuns {

    private WarmRuns() {}

    /** Each run's milliseconds, its output discarded. */
    static double[] millis(Path csv, int runs) throws IOException {
        String[] arguments = ColdCommand.arguments(csv).toArray(String[]::new);
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            Files.setLastModifiedTime(csv, FileTime.from(Instant.now()));
            CommandLine command = ErrataCommand.commandLine(WindowFigures.NONE, arguments[0]);
            command.setOut(new PrintWriter(Writer.nullWriter()));
            long start = System.nanoTime();
            int exit = command.execute(arguments);
            millis[run] = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IOException("errata " + String.join(" ", arguments) + " exited with " + exit);
            }
        }
        return millis;
    }
}
