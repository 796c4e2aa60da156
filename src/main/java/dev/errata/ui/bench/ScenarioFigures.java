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

    /** The median time, and the longest frame of a typical run (the median over runs) and of the worst. */
    void operation(String name, String label, List<FrameClock.Timing> timings, double limit) {
        add(
                "window_" + name + "_ms",
                label,
                Median.of(
                        timings.stream().mapToDouble(FrameClock.Timing::millis).toArray()),
                limit,
                "< " + NumberText.count((long) limit) + " ms");
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
        add(
                "window_" + name + "_longest_frame_ms",
                label,
                Median.of(longest),
                limit,
                "< " + NumberText.count((long) limit) + " ms");
        add(
                "window_" + name + "_worst_frame_ms",
                "the longest frame of them all",
                Arrays.stream(longest).max().orElse(0),
                Double.NaN,
                "(no target)");
    }

    void add(String key, String label, double value, double limit, String target) {
        figures.add(new Measurement(key, label, value, "ms", limit, target));
        log.accept(String.format(Locale.ROOT, "  %s: %.2f ms", label, value));
    }
}
