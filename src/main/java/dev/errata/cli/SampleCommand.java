package dev.errata.cli;

import dev.errata.samples.SampleProjects;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code errata sample}: writes the sample projects again, byte for byte the same for the same seed. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Generates the sample projects (data and a project file with tags) into a folder.")
final class SampleCommand implements Callable<Integer> {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "sample-projects",
            description = "Where to write them (default ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path written : SampleProjects.writeAll(out)) {
            spec.commandLine().getOut().println(written);
        }
        return 0;
    }
}
