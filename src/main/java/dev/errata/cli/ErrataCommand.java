package dev.errata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: its subcommands are the headless uses of the jar. */
@Command(name = "errata", mixinStandardHelpOptions = true, version = "Errata 0.1.0",
        description = "Error analysis of machine-learning models. Without a command, opens the window.",
        subcommands = {})
public final class ErrataCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Arguments that name a project or data file rather than a command open the window on it. */
    public static boolean isWindowRequest(String[] args) {
        return args.length == 1 && (args[0].endsWith(".errata.json") || args[0].endsWith(".csv"));
    }

    public static int run(String... args) {
        return new CommandLine(new ErrataCommand()).execute(args);
    }
}
