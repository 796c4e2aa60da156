package dev.errata.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.data.Folders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The window's figures from processes of their own, started as a user starts Errata, with a cache folder of
 * their own. The first process's first open is a user's first open of a file new to Errata: the reading, the
 * metrics and JavaFX's code all run for the first time, compiled while they run, where the benchmark's own
 * process has run the reading many times by then. A second process opens the project once more, as on a
 * later day: the first process left the file's table and fingerprint in the cache. Without a jar to start
 * (the tests run from classes) the window is measured in this process.
 */
public final class WindowInFreshProcess implements WindowFigures {

    /** The hidden option of {@code errata bench} that measures the window on a project in that process. */
    public static final String OPTION = "--window-of";
    /** With {@link #OPTION}: the first open alone. */
    public static final String FIRST_OPEN_ONLY = "--first-open-only";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPEN_KEY = "window_open_";

    private final WindowFigures inThisProcess;

    /** @param inThisProcess what measures the window in the process it runs in */
    public WindowInFreshProcess(WindowFigures inThisProcess) {
        this.inThisProcess = inThisProcess;
    }

    @Override
    public List<Measurement> measure(Path project, int runs, Consumer<String> log) throws Exception {
        return inFreshProcesses(project, log, () -> inThisProcess.measure(project, runs, log), (build, cache) -> {
            log.accept("  a fresh process, with a cache folder of its own");
            List<Measurement> whole = run(build, List.of("--runs", Integer.toString(runs)), project, cache, log);
            log.accept("  a fresh process again, whose cache holds what the first one kept");
            return withLaterOpen(whole, run(build, List.of(FIRST_OPEN_ONLY), project, cache, log));
        });
    }

    @Override
    public List<Measurement> measureFirstOpen(Path project, Consumer<String> log) throws Exception {
        return inFreshProcesses(
                project,
                log,
                () -> inThisProcess.measureFirstOpen(project, log),
                (build, cache) -> run(build, List.of(FIRST_OPEN_ONLY), project, cache, log));
    }

    /** Figures from fresh processes sharing a new cache folder, else from this process when there is no jar. */
    private static List<Measurement> inFreshProcesses(
            Path project, Consumer<String> log, Callable<List<Measurement>> here, FreshProcesses fresh)
            throws Exception {
        Optional<ThisBuild> build = ThisBuild.launch();
        if (build.isEmpty()) {
            log.accept("  in this process: no jar to start a fresh one from, so the reading's code has run before");
            return here.call();
        }
        Path cache = Files.createTempDirectory(project.toAbsolutePath().getParent(), "window-cache");
        try {
            return fresh.measure(build.get(), cache);
        } finally {
            Folders.delete(cache);
        }
    }

    /** What the fresh processes measure, started this way, with this cache folder. */
    @FunctionalInterface
    private interface FreshProcesses {
        List<Measurement> measure(ThisBuild build, Path cache) throws Exception;
    }

    /**
     * The whole journey's figures with a later process's first open beside its own first open's, named as the
     * open of a file read in an earlier process.
     */
    static List<Measurement> withLaterOpen(List<Measurement> whole, List<Measurement> laterFirstOpen) {
        int after = 0;
        for (int i = 0; i < whole.size(); i++) {
            if (whole.get(i).key().startsWith(OPEN_KEY)) {
                after = i + 1;
            }
        }
        List<Measurement> figures = new ArrayList<>(whole);
        figures.addAll(
                after,
                laterFirstOpen.stream().map(WindowInFreshProcess::onALaterDay).toList());
        return figures;
    }

    /** A first open's figure, said of the open of a project whose file was read in an earlier process. */
    private static Measurement onALaterDay(Measurement figure) {
        return new Measurement(
                figure.key().replace(OPEN_KEY, OPEN_KEY + "read_before_"),
                figure.label().replace("(the first open)", "(the first open of a file read in an earlier process)"),
                figure.value(),
                figure.unit(),
                figure.limit(),
                figure.targetText());
    }

    /** Errata's window in a process of its own, measured on the project, with the options given. */
    private static List<Measurement> run(
            ThisBuild build, List<String> options, Path project, Path cache, Consumer<String> log)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("bench", OPTION, project.toString()));
        arguments.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(build.with(arguments));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> said = new ArrayList<>();
        CompletableFuture<Void> logged = CompletableFuture.runAsync(() -> follow(process.getErrorStream(), line -> {
            said.add(line);
            log.accept(line);
        }));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        logged.join();
        if (exit != 0) {
            throw new IOException("the window's process exited with " + exit
                    + (said.isEmpty() ? "" : ": " + said.get(said.size() - 1)));
        }
        return Arrays.asList(JSON.readValue(out, Measurement[].class));
    }

    private static void follow(InputStream stream, Consumer<String> line) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            lines.lines().forEach(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the process started with {@link #OPTION} prints: the figures, for the benchmark that started it. */
    public static String report(List<Measurement> figures) throws IOException {
        return JSON.writeValueAsString(figures);
    }
}
