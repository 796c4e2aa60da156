package dev.errata.cli;

import dev.errata.bench.WindowFigures;
import dev.errata.data.BadInputException;
import dev.errata.data.CancelledException;
import dev.errata.data.DataFiles;
import dev.errata.data.Excerpt;
import dev.errata.data.InsufficientMemoryException;
import dev.errata.project.ProjectFileException;
import dev.errata.tags.RuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: its subcommands are the headless uses of the jar. */
@Command(
        name = "errata",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Error analysis of machine-learning models. Without a command, opens the window.")
public final class ErrataCommand implements Runnable {

    /** The headless commands but the benchmark, which takes what measures the window. */
    private static final List<Class<?>> COMMANDS = List.of(
            MetricsCommand.class,
            CompareCommand.class,
            ModelsCommand.class,
            SuggestCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            CheckCommand.class,
            TagsCommand.class,
            ReviewCommand.class,
            LabelErrorsCommand.class,
            MoreLikeCommand.class,
            SampleCommand.class,
            MergeCommand.class,
            MergeDriverCommand.class,
            AgreementCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit code for input the command cannot use: a bad file, column, value or option. */
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        commandLine().usage(System.out);
    }

    /** Arguments that name a project or data file rather than a command open the window on it. */
    public static boolean isWindowRequest(String[] args) {
        return args.length == 1 && (args[0].endsWith(".errata.json") || DataFiles.isDataName(args[0]));
    }

    /** @param window what measures the window for {@code bench --window} */
    public static int run(WindowFigures window, String... args) {
        return commandLine(window, args.length == 0 ? "" : args[0]).execute(args);
    }

    /** The command line with every command, without a window to measure. */
    public static CommandLine commandLine() {
        return commandLine(WindowFigures.NONE, "");
    }

    /**
     * The command line with its handling of bad input: one line on stderr and exit code 2, no stack trace.
     * When the first argument names a command, the benchmark included, only that command is made: picocli
     * reads each command's options by reflection, which on a first run costs more than the rest of a small
     * command.
     */
    static CommandLine commandLine(WindowFigures window, String first) {
        CommandLine line = new CommandLine(new ErrataCommand());
        // by name, in the order help lists them; the benchmark takes what measures the window
        Map<String, Object> commands = new LinkedHashMap<>();
        COMMANDS.forEach(
                command -> commands.put(command.getAnnotation(Command.class).name(), command));
        commands.put("bench", new BenchCommand(window));
        Object named = commands.get(first);
        if (named == null || first.equals("help")) {
            commands.forEach(line::addSubcommand);
        } else {
            line.addSubcommand(first, named);
        }
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (isBadInput(e)) {
                // one line of visible text, whatever a file from elsewhere put into the values the message quotes
                cmd.getErr().println("errata: " + Excerpt.of(String.valueOf(e.getMessage()), 2000));
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            throw e;
        });
        return line;
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof BadInputException
                || e instanceof InsufficientMemoryException
                || e instanceof ProjectFileException
                || e instanceof RuleException
                || e instanceof IllegalArgumentException
                || e instanceof IOException
                || e instanceof UncheckedIOException
                || e instanceof CancelledException;
    }
}
