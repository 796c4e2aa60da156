package dev.errata.bench;

import dev.errata.samples.BenchmarkData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command a first run is measured with, and trained for: {@code errata metrics} of the benchmark's file
 * with its tag columns and its five categorical columns as slices, written as JSON.
 */
public final class ColdCommand {

    /**
     * The option of {@code errata bench} that runs this command again and again in the process it starts, on
     * a file never read before, and prints each run's milliseconds: the warm figure beside the cold ones.
     */
    public static final String WARM_OPTION = "--warm-of";

    private ColdCommand() {}

    /** The arguments after the program: the command's name first. */
    public static List<String> arguments(Path csv) {
        List<String> arguments = new ArrayList<>(List.of("metrics", csv.toString(), "--tag-columns", "tag_*"));
        for (int c = 0; c < BenchmarkData.CATEGORIES.length; c++) {
            arguments.addAll(List.of("--slice", "c" + c));
        }
        arguments.addAll(List.of("--format", "json"));
        return arguments;
    }
}
