package dev.errata.ui.bench;

import dev.errata.bench.Measurement;
import dev.errata.bench.Median;
import dev.errata.report.NumberText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The window scenario's figures as it measures them, each said on the log as it comes. */
final class ScenarioFigures {

    private final List<Measurement> figures = new ArrayList<>();
    private final Consumer<String> log;

    ScenarioFigures(Consumer<String> log) {
        this.log = log;
    }

    List<Measurement> list() {
        return List.copyOf(figures);
    }

    private static final double FIRST_OPEN_MILLIS = 2_000;
    private static final double REOPEN_MILLIS = 1_000;
    private static final double OPEN_FRAME_MILLIS = 200;

    /**
     * The first open of the process, against its targets: under 2 s, with no frame over 200 ms meanwhile.
     *
     * @param loadedMillis the time until the project was read and its metrics computed
     */
    void firstOpen(FrameClock.Timing first, double loadedMillis) {
        limited(
                "window_open_ms",
                "open the project in the window until the table and panel show (the first open)",
                first.millis(),
                FIRST_OPEN_MILLIS);
        add(
                "window_open_loaded_ms",
                "of which reading the project and computing its metrics",
                loadedMillis,
                Double.NaN,
                "(no target)");
        limited(
                "window_open_longest_frame_ms",
                "the longest frame meanwhile: the workspace's first styling and layout",
                first.longestFrameMillis(),
                OPEN_FRAME_MILLIS);
    }

    /**
     * The same first open timed from the start of a process started for it: what a user waits for from
     * starting Errata with the project, the start of Java, JavaFX and the window included.
     */
    void firstOpenFromStart(double millis) {
        add(
                "window_open_from_start_ms",
                "the same (the first open), from the start of the process, as a user's start of Errata with the project",
                millis,
                Double.NaN,
                "(no target)");
    }

    /** The open after it, against its targets: under 1 s, with no frame over 200 ms. */
    void reopen(FrameClock.Timing again) {
        limited(
                "window_reopen_ms",
                "open it again in the same window until the table and panel show",
                again.millis(),
                REOPEN_MILLIS);
        limited(
                "window_reopen_longest_frame_ms",
                "the longest frame meanwhile",
                again.longestFrameMillis(),
                OPEN_FRAME_MILLIS);
    }

    /**
     * Key presses in a row: the time and the window's work of those after the warm-up, the window's work of
     * the first few on their own, and the slowest press of all.
     */
    void keyPresses(String label, List<FrameClock.Timing> presses, int warmUps, int firstPresses) {
        List<FrameClock.Timing> timed = presses.subList(warmUps, presses.size());
        add(
                "window_toggle_ms",
                label + ", after " + warmUps + " presses",
                Median.of(timed.stream().mapToDouble(FrameClock.Timing::millis).toArray()),
                Double.NaN,
                "(no target)");
        add(
                "window_toggle_work_ms",
                "of it the window's work: the edit, the panels, layout and drawing, less the wait for the next frame",
                Median.of(timed.stream()
                        .mapToDouble(FrameClock.Timing::workMillis)
                        .toArray()),
                16,
                "< 16 ms (a frame)");
        add(
                "window_toggle_first_work_ms",
                "the window's work for each of the first " + firstPresses
                        + " presses, while the JIT compiles the edit's code",
                Median.of(presses.subList(0, firstPresses).stream()
                        .mapToDouble(FrameClock.Timing::workMillis)
                        .toArray()),
                Double.NaN,
                "(no target)");
        add(
                "window_toggle_worst_ms",
                "the slowest key press, the first ones included",
                presses.stream().mapToDouble(FrameClock.Timing::millis).max().orElse(0),
                Double.NaN,
                "(no target)");
    }

    /** The median time, and the longest frame of a typical run (the median over runs) and of the worst. */
    void operation(String name, String label, List<FrameClock.Timing> timings, double limit) {
        limited(
                "window_" + name + "_ms",
                label,
                Median.of(
                        timings.stream().mapToDouble(FrameClock.Timing::millis).toArray()),
                limit);
        longestFrames(
                name,
                "the longest frame meanwhile, median of the runs",
                timings.stream()
                        .mapToDouble(FrameClock.Timing::longestFrameMillis)
                        .toArray(),
                100);
    }

    /** Each run's longest frame: the median of them against the target, and the worst beside it. */
    void longestFrames(String name, String label, double[] longest, double limit) {
        limited("window_" + name + "_longest_frame_ms", label, Median.of(longest), limit);
        add(
                "window_" + name + "_worst_frame_ms",
                "the longest frame of them all",
                Arrays.stream(longest).max().orElse(0),
                Double.NaN,
                "(no target)");
    }

    /** A figure whose target is to stay under {@code limit} milliseconds. */
    void limited(String key, String label, double value, double limit) {
        add(key, label, value, limit, "< " + NumberText.count((long) limit) + " ms");
    }

    void add(String key, String label, double value, double limit, String target) {
        figures.add(new Measurement(key, label, value, "ms", limit, target));
        log.accept(String.format(Locale.ROOT, "  %s: %.2f ms", label, value));
    }
}
