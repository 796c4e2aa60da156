package dev.errata.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The figures only a window can give: how the table and the panels answer the user on the benchmark's
 * project. The window package measures them; the benchmark only asks, so the core stays free of JavaFX.
 */
public interface WindowFigures {

    /** What the headless command line has: no window to measure. */
    WindowFigures NONE = new WindowFigures() {
        @Override
        public List<Measurement> measure(Path project, int runs, Consumer<String> log) {
            throw new IllegalArgumentException("this launcher has no window to measure; run the errata jar");
        }

        @Override
        public List<Measurement> measureFirstOpen(Path project, Consumer<String> log) {
            return measure(project, 1, log);
        }
    };

    /**
     * @param project the benchmark's saved project, tagged as a user would have it
     * @param runs timed runs per figure; the median is reported
     */
    List<Measurement> measure(Path project, int runs, Consumer<String> log) throws Exception;

    /** The first open of the project alone, with its figures under the same keys as in {@link #measure}. */
    List<Measurement> measureFirstOpen(Path project, Consumer<String> log) throws Exception;

    /**
     * The same figures, taken in a process started to take them: the first open is also timed from the
     * process's start, as a user who starts Errata with a project waits for it.
     */
    default WindowFigures fromProcessStart() {
        return this;
    }
}
