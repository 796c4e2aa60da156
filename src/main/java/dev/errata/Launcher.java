package dev.errata;

import dev.errata.bench.WindowInFreshProcess;
import dev.errata.cli.ErrataCommand;
import dev.errata.launch.ModularWindow;
import java.io.IOException;
import java.util.Arrays;

/**
 * The one entry point. A headless command never starts the JavaFX toolkit nor loads its modules; with no
 * command, a project to open or {@code bench --window}, JavaFX is needed and runs as named modules
 * ({@link ModularWindow}). This class must not extend {@code Application}, so the jar starts on the class path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        if (needsJavaFx(args) && !ModularWindow.isModular(Launcher.class)) {
            try {
                if (ModularWindow.run(Launcher.class, args)) {
                    return;
                }
            } catch (IOException e) {
                System.err.println("errata: cannot start the window: " + e.getMessage());
                System.exit(1);
            }
        }
        if (args.length == 0 || ErrataCommand.isWindowRequest(args)) {
            dev.errata.ui.ErrataApp.launchWindow(args);
            return;
        }
        System.exit(ErrataCommand.run(new dev.errata.ui.bench.WindowBenchmark(), args));
    }

    /** The window, a project to open in it, or the benchmark that measures it: what needs JavaFX. */
    static boolean needsJavaFx(String[] args) {
        return args.length == 0
                || ErrataCommand.isWindowRequest(args)
                || args[0].equals("bench")
                        && Arrays.stream(args)
                                .anyMatch(arg -> arg.equals("--window") || arg.startsWith(WindowInFreshProcess.OPTION));
    }
}
