package dev.errata.cli;

import dev.errata.bench.Benchmark;
import dev.errata.bench.ColdCommand;
import dev.errata.bench.WindowFigures;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the ahead-of-time cache (JDK 25 and later): the commands a user runs, in one JVM
 * whose loaded classes and method profiles the cache keeps. The benchmark on a smaller file first (loading,
 * metrics, tags, slices, sorting, saving), then on its file the very command a first run is measured with,
 * and the metrics of its saved project: a cache trained on the benchmark alone left the command line's
 * parsing and the JSON writing out, and a first {@code metrics} paid for them.
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
        int exit = train(Path.of(args[0]), TRAINING_ROWS);
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
    static int train(Path folder, int rows) {
        List<List<String>> commands = List.of(
                List.of("bench", "--rows", Integer.toString(rows), "--runs", "1", "--keep", folder.toString()),
                ColdCommand.arguments(folder.resolve(Benchmark.DATA_FILE)),
                List.of("metrics", folder.resolve(Benchmark.PROJECT_FILE).toString()));
        for (List<String> command : commands) {
            int exit = ErrataCommand.run(WindowFigures.NONE, command.toArray(String[]::new));
            if (exit != 0 && !(command.get(0).equals("bench") && exit == BenchCommand.TARGET_MISSED)) {
                System.err.println("errata: the training command " + command + " exited with " + exit);
                return exit;
            }
        }
        return 0;
    }
}
