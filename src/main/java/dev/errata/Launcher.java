package dev.errata;

import dev.errata.cli.ErrataCommand;

/**
 * The one entry point. A headless command never starts the JavaFX toolkit; with no command the window
 * opens. This class must not extend {@code Application}, so the shaded jar starts on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || ErrataCommand.isWindowRequest(args)) {
            dev.errata.ui.ErrataApp.launchWindow(args);
            return;
        }
        System.exit(ErrataCommand.run(new dev.errata.ui.bench.WindowBenchmark(), args));
    }
}
