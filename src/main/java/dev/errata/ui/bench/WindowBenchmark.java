package dev.errata.ui.bench;

import dev.errata.bench.Measurement;
import dev.errata.bench.WindowFigures;
import dev.errata.ui.ErrataApp;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code errata bench --window}: the real window, started on this display, driven through the benchmark's
 * project as {@link WindowScenario} describes. Its recent files and theme live in a preferences node of
 * its own, removed after, so the user's are untouched.
 */
public final class WindowBenchmark implements WindowFigures {

    /** The start of a process started to measure the window, from which its first open is also timed. */
    private final Optional<ProcessStart> processStart;

    public WindowBenchmark() {
        this(Optional.empty());
    }

    private WindowBenchmark(Optional<ProcessStart> processStart) {
        this.processStart = processStart;
    }

    @Override
    public WindowFigures fromProcessStart() {
        return new WindowBenchmark(Optional.of(ProcessStart.ofThisProcess()));
    }

    @Override
    public List<Measurement> measure(Path project, int runs, Consumer<String> log) throws Exception {
        return inWindow(processStart, scenario -> scenario.run(project, runs), log);
    }

    @Override
    public List<Measurement> measureFirstOpen(Path project, Consumer<String> log) throws Exception {
        return inWindow(processStart, scenario -> scenario.firstOpen(project), log);
    }

    /** What a scenario does in the window. */
    @FunctionalInterface
    private interface Journey {
        List<Measurement> through(WindowScenario scenario) throws Exception;
    }

    private static List<Measurement> inWindow(
            Optional<ProcessStart> processStart, Journey journey, Consumer<String> log) throws Exception {
        startToolkit();
        Preferences preferences = Preferences.userRoot().node("dev/errata/bench/" + UUID.randomUUID());
        UnattendedDialogs dialogs = new UnattendedDialogs();
        Stage[] stage = new Stage[1];
        WindowViewModel window = OnFx.call(() -> {
            stage[0] = new Stage();
            return ErrataApp.showWindow(
                    stage[0],
                    dialogs,
                    new RecentProjects(preferences),
                    new AnalystName(preferences),
                    new ThemeChoice(preferences),
                    new KeyBindings(preferences));
        });
        try {
            List<Measurement> figures =
                    journey.through(new WindowScenario(stage[0].getScene(), window, log, processStart));
            List<String> errors = OnFx.call(dialogs::errors);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the window showed an error: " + errors.get(0));
            }
            return figures;
        } finally {
            CompletableFuture<Void> closed = new CompletableFuture<>();
            OnFx.run(() -> window.requestClose(() -> {
                stage[0].close();
                closed.complete(null);
            }));
            closed.get();
            preferences.removeNode();
            Platform.exit();
        }
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> {});
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(
                    "the window benchmark needs a display (" + e.getMessage()
                            + "); without one, run it under xvfb-run -a -s \"-screen 0 1600x1000x24\"",
                    e);
        }
    }
}
