package dev.errata.bench;

import dev.errata.data.FileIdentity;
import dev.errata.data.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The figures a user meets on a first run: {@code errata metrics} on the benchmark's file as a whole process
 * started afresh each time, beside Polars and pandas reading the same file and computing the same aggregates
 * in a fresh Python each time, where they are installed. Errata runs twice each round: on a file it has never
 * read (an empty cache folder of its own, so it parses the file and keeps its table), and on the file it read
 * before (its table cache, as a user's every later run). The runs take turns, so a busy moment of the machine
 * falls on all alike. The file is in the page cache for all of them, as for a user who runs again.
 *
 * <p>Then the warm figures of the same work: each program does it again and again in one process of its own,
 * and the median of the runs after the first is its figure. Errata's file is a copy it has never read before
 * any run, so each run parses, as a first run does, with the code the runs before compiled. Beside the cold
 * figures they say how much of a first run is the work and how much is starting and compiling it.
 */
final class ColdStarts {

    /**
     * A program measured: what it is called in the figures, and how it is started.
     *
     * @param cache the cache folder Errata is to use, or null for a peer; a new empty folder each run when
     *     {@code fresh}
     */
    private record Contender(
            String key, String name, String label, List<String> command, Path cache, boolean fresh, Warm warm) {

        boolean ours() {
            return cache != null;
        }

        ProcessRun run() throws IOException, InterruptedException {
            if (!ours()) {
                return ProcessRun.of(command, Map.of());
            }
            Path folder = fresh ? Files.createTempDirectory(cache, "run") : cache;
            try {
                return ProcessRun.of(command, Map.of("XDG_CACHE_HOME", folder.toString()));
            } finally {
                if (fresh) {
                    Folders.delete(folder);
                }
            }
        }
    }

    /** The peers' work, in Polars or pandas as its first argument says. */
    private static final String PEER_SCRIPT = "peer_metrics.py";

    /** The copy of the file the warm runs read, beside the cold runs' cache folders. */
    private static final String WARM_COPY = "warm.csv";

    private final Path csv;
    private final int runs;
    private final Consumer<String> log;

    ColdStarts(Path csv, int runs, Consumer<String> log) {
        this.csv = csv;
        this.runs = runs;
        this.log = log;
    }

    List<Measurement> measure() throws IOException, InterruptedException {
        Path caches = Files.createTempDirectory("errata-cold");
        try {
            Optional<List<Contender>> errata = errata(caches);
            if (errata.isEmpty()) {
                log.accept("  no cold figures: errata runs from classes, not from its jar (build it with mvn package)");
                return List.of();
            }
            List<Contender> contenders = new ArrayList<>(errata.get());
            peer("polars", "Polars").ifPresent(contenders::add);
            peer("pandas", "pandas").ifPresent(contenders::add);
            awaitSettled();
            // the run that leaves the table the later runs read
            contenders.get(1).run();
            double[][] millis = new double[contenders.size()][runs];
            double[][] peaks = new double[contenders.size()][runs];
            for (int run = 0; run < runs; run++) {
                for (int c = 0; c < contenders.size(); c++) {
                    ProcessRun measured = contenders.get(c).run();
                    millis[c][run] = measured.millis();
                    peaks[c][run] = measured.peakMb();
                    log.accept(String.format(
                            Locale.ROOT,
                            "  %s, run %d: %.0f ms, peak %.0f MB",
                            contenders.get(c).name(),
                            run + 1,
                            measured.millis(),
                            measured.peakMb()));
                }
            }
            List<Measurement> figures = new ArrayList<>(figures(contenders, millis, peaks));
            figures.addAll(warmFigures(contenders, caches));
            return figures;
        } finally {
            Folders.delete(caches);
        }
    }

    /**
     * How a program does the measured work again and again in one process: the command, given the number of
     * runs, prints each run's milliseconds on a line of its own.
     *
     * @param label what the figure is called
     */
    private record Warm(String label, IntFunction<List<String>> command) {}

    /** Each program's warm figure; none of a program without one. */
    private List<Measurement> warmFigures(List<Contender> contenders, Path caches)
            throws IOException, InterruptedException {
        Path copy = caches.resolve(WARM_COPY);
        Files.copy(csv, copy);
        Benchmark.writeBack(copy);
        // a cache folder of its own, empty, as the first read's
        Map<String, String> environment = Map.of(
                "XDG_CACHE_HOME",
                Files.createDirectories(caches.resolve("warm")).toString());
        List<Measurement> figures = new ArrayList<>();
        for (Contender contender : contenders) {
            if (contender.warm() == null) {
                continue;
            }
            List<String> printed = ProcessRun.output(contender.warm().command().apply(runs + 1), environment);
            double[] later = printed.stream()
                    .skip(1)
                    .mapToDouble(line -> Double.parseDouble(line.trim()))
                    .toArray();
            double median = Median.of(later);
            log.accept(String.format(
                    Locale.ROOT, "  %s, warm: %.0f ms (the runs: %s)", contender.name(), median, printed));
            figures.add(new Measurement(
                    contender.key() + "_warm_ms",
                    contender.warm().label(),
                    median,
                    "ms",
                    Double.NaN,
                    contender.ours() ? "(no target)" : "(peer)"));
        }
        return figures;
    }

    /** Waits until the file is old enough for the table cache to keep what is read from it. */
    private void awaitSettled() throws IOException, InterruptedException {
        while (!FileIdentity.of(csv).settledBefore(Instant.now())) {
            Thread.sleep(100);
        }
    }

    private List<Measurement> figures(List<Contender> contenders, double[][] millis, double[][] peaks) {
        int polars = -1;
        for (int c = 0; c < contenders.size(); c++) {
            polars = contenders.get(c).key().equals("polars") ? c : polars;
        }
        double[][][] measured = {millis, peaks};
        String[] keys = {"_cold_ms", "_cold_peak_mb"};
        String[] units = {"ms", "MB"};
        String[] whats = {", the whole process", ", peak resident memory"};
        List<Measurement> figures = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            Contender contender = contenders.get(c);
            for (int m = 0; m < measured.length; m++) {
                figures.add(figure(
                        contender.key() + keys[m],
                        contender.label() + whats[m],
                        Median.of(measured[m][c]),
                        units[m],
                        contender.ours() && polars >= 0 ? Median.of(measured[m][polars]) : Double.NaN,
                        contender.ours(),
                        polars >= 0));
            }
        }
        return figures;
    }

    /** A figure of Errata's, whose target is Polars' figure where Polars ran, or a peer's, which has none. */
    private static Measurement figure(
            String key, String label, double value, String unit, double polars, boolean ours, boolean polarsRan) {
        String target = !ours
                ? "(peer)"
                : polarsRan
                        ? String.format(Locale.ROOT, "≤ Polars (%,.0f %s)", polars, unit)
                        : "(Polars not installed: pip install polars)";
        return new Measurement(key, label, value, unit, polars, target);
    }

    /**
     * Errata as a user of a built checkout starts it, on a file new to it and on one it read before: the
     * launcher the build puts beside the jar, else {@code java -jar} with this JVM; empty when this runs from
     * classes rather than a jar.
     */
    private Optional<List<Contender>> errata(Path caches) throws IOException {
        Optional<ThisBuild> build = ThisBuild.launch();
        if (build.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = build.get().with(ColdCommand.arguments(csv));
        String name = build.get().name();
        return Optional.of(List.of(
                new Contender(
                        "errata",
                        name + ", first read",
                        "cold `metrics` (" + name + "), a file read for the first time",
                        command,
                        Files.createDirectories(caches.resolve("first")),
                        true,
                        new Warm(
                                "the same `metrics` again and again in one process (warm), a file never read",
                                times -> build.get()
                                        .with(List.of(
                                                "bench",
                                                ColdCommand.WARM_OPTION,
                                                caches.resolve(WARM_COPY).toString(),
                                                "--runs",
                                                Integer.toString(times))))),
                new Contender(
                        "errata_read_before",
                        name + ", read before",
                        "cold `metrics` (" + name + "), a file read before (table cache)",
                        command,
                        Files.createDirectories(caches.resolve("before")),
                        false,
                        null)));
    }

    /** A Python peer, with the first Python found that has its library; empty, and said, when none has. */
    private Optional<Contender> peer(String module, String name) throws IOException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if (imports(python, module)) {
                Path copy = Files.createTempFile("errata-" + module, ".py");
                copy.toFile().deleteOnExit();
                try (InputStream in = ColdStarts.class.getResourceAsStream(PEER_SCRIPT)) {
                    Files.write(copy, in.readAllBytes());
                }
                return Optional.of(new Contender(
                        module,
                        name,
                        name + ": read_csv and the same aggregates",
                        List.of(python, copy.toString(), module, csv.toString()),
                        null,
                        false,
                        new Warm(
                                name + ": the same again and again in one process (warm)",
                                times -> List.of(
                                        python, copy.toString(), module, csv.toString(), Integer.toString(times)))));
            }
        }
        log.accept("  " + name + " is not installed for python3: no figures of it");
        return Optional.empty();
    }

    private static boolean imports(String python, String module) {
        try {
            Process check = new ProcessBuilder(python, "-c", "import " + module)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return check.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
