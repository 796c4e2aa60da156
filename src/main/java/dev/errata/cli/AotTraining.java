package dev.errata.cli;

import dev.errata.bench.Benchmark;
import dev.errata.bench.ColdCommand;
import dev.errata.bench.WindowFigures;
import dev.errata.data.TableCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The training run of the ahead-of-time cache (JDK 25 and later): the commands a user runs, in one JVM
 * whose loaded classes and method profiles the cache keeps. The benchmark on a smaller file first (loading,
 * metrics, tags, slices, sorting, saving), then on its file the very command a first run is measured with,
 * and the metrics of its saved project: a cache trained on the benchmark alone left the command line's
 * parsing and the JSON writing out, and a first {@code metrics} paid for them. The command runs once on a
 * file it parses and once on the same file taken from the table cache, as a user's second run does.
 *
 * <p>The launcher runs it with its own cache folder (XDG_CACHE_HOME), so the training keeps no table of the
 * user's.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=errata.aot -cp errata.jar dev.errata.cli.AotTraining FOLDER}.
 */
public final class AotTraining {

    /** Enough rows for the JIT to profile every loop the way a large file runs it, in seconds. */
    static final int TRAINING_ROWS = 200_000;

    private AotTraining() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: AotTraining FOLDER");
            System.exit(ErrataCommand.BAD_INPUT);
        }
        int exit;
        try {
            exit = train(Path.of(args[0]), TRAINING_ROWS);
        } catch (IOException e) {
            System.err.println("errata: the training failed: " + e.getMessage());
            exit = 1;
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * Runs the training's commands in {@code folder}, which it fills.
     *
     * @return 0, or the exit code of the first command that failed; a target the benchmark missed on a busy
     *     machine is not a failure, as all of its work ran
     */
    static int train(Path folder, int rows) throws IOException {
        Path data = folder.resolve(Benchmark.DATA_FILE);
        int exit = run(List.of("bench", "--rows", Integer.toString(rows), "--runs", "1", "--keep", folder.toString()));
        if (exit != 0) {
            return exit;
        }
        // the table cache keeps only files left alone for a while before they are read
        Files.setLastModifiedTime(data, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        for (List<String> command : List.of(
                ColdCommand.arguments(data),
                ColdCommand.arguments(data),
                List.of("metrics", folder.resolve(Benchmark.PROJECT_FILE).toString()))) {
            exit = run(command);
            if (exit != 0) {
                return exit;
            }
            TableCache.user().awaitWritesAndForget();
        }
        return 0;
    }

    private static int run(List<String> command) {
        int exit = ErrataCommand.run(WindowFigures.NONE, command.toArray(String[]::new));
        if (exit == 0 || command.get(0).equals("bench") && exit == BenchCommand.TARGET_MISSED) {
            return 0;
        }
        System.err.println("errata: the training command " + command + " exited with " + exit);
        return exit;
    }
}
