package dev.errata.ui.bench;

import dev.errata.bench.Benchmark;
import dev.errata.bench.Measurement;
import dev.errata.bench.Median;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.report.NumberText;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowTable;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.roaringbitmap.RoaringBitmap;

/**
 * A user's first minutes with the benchmark's project in the window, timed: open it, tag 10,000 selected
 * rows with key 1, sort by a column, show the errors only, search, scroll. Each step waits for what the
 * user would see (the numbers in the panel, the top line of the table) on a rendered frame; what should be
 * there is worked out from the data here, so a window that showed the wrong thing would never finish.
 */
final class WindowScenario {

    private static final int SELECTED_ROWS = 10_000;
    /**
     * Key presses before the timed ones. The JIT compiles an edit's code, and JavaFX's styling of the lines it
     * changes, over the first presses: measured press by press, the window's work fell until about the
     * fortieth and stayed level after it, as in a user's tagging after its first minute.
     */
    private static final int WARM_UPS = 40;
    /** The first presses, reported on their own: what a user's first key presses cost. */
    private static final int FIRST_PRESSES = 12;
    /** Timed presses at the least, however few runs are asked for: a single press is one frame's luck. */
    private static final int LEAST_TIMED_PRESSES = 15;
    /** JavaFX's pulses come every 1/60 s. */
    private static final int FRAME_MILLIS = 17;

    private static final String SORTED_COLUMN = "x0";
    private static final String SEARCHED = "night";
    private static final String SEARCHED_COLUMN = "c3";
    private static final int WHEEL_STEPS = 90;
    private static final int PAGE_STEPS = 30;

    private final Scene scene;
    private final WindowViewModel window;
    private final Consumer<String> log;
    private final FrameClock clock;
    private final WindowProbe probe;
    private final ScenarioFigures figures;
    private final Optional<ProcessStart> processStart;
    private Robot robot;
    private KeyStrokes keys;

    WindowScenario(Scene scene, WindowViewModel window, Consumer<String> log) {
        this(scene, window, log, Optional.empty());
    }

    /**
     * @param processStart the start of a process started to measure the window, from which the first open is
     *     also timed
     */
    WindowScenario(Scene scene, WindowViewModel window, Consumer<String> log, Optional<ProcessStart> processStart) {
        this.processStart = processStart;
        this.scene = scene;
        this.window = window;
        this.log = log;
        this.figures = new ScenarioFigures(log);
        this.clock = new FrameClock(scene);
        this.probe = new WindowProbe(scene);
    }

    List<Measurement> run(Path project, int runs) throws Exception {
        robot = OnFx.call(Robot::new);
        keys = new KeyStrokes(robot);
        clock.start();
        try {
            open(project);
            toggle(runs);
            sort(runs);
            errorsOnly(runs);
            search(runs);
            scroll(runs);
        } finally {
            clock.stop();
        }
        return figures.list();
    }

    /** The first open of the process alone. */
    List<Measurement> firstOpen(Path project) throws Exception {
        clock.start();
        try {
            openFirst(project);
        } finally {
            clock.stop();
        }
        return figures.list();
    }

    private void openFirst(Path project) throws Exception {
        log.accept("  opening the project in the window");
        Opening first = openAndWait(project);
        figures.firstOpen(first.shown(), first.loadedMillis());
        processStart.ifPresent(
                start -> figures.firstOpenFromStart(start.millisTo(first.shown().endNanos())));
    }

    /**
     * The first open of the process, then the same project opened again in the same window. The first pays
     * for JavaFX's code running for the first time (the JIT compiles it on the same two cores meanwhile); the
     * second is what every later open costs.
     */
    private void open(Path project) throws Exception {
        openFirst(project);
        log.accept("  opening it again");
        figures.reopen(openAndWait(project).shown());
    }

    private record Opening(FrameClock.Timing shown, double loadedMillis) {}

    /** Opens the project, leaving the one open now, until the table and panel show it. */
    private Opening openAndWait(Path project) throws Exception {
        long[] loaded = new long[1];
        ChangeListener<Workspace> arrival = (obs, old, now) -> {
            if (now != null) {
                loaded[0] = System.nanoTime();
            }
        };
        OnFx.run(() -> window.workspaceProperty().addListener(arrival));
        long start = System.nanoTime();
        FrameClock.Timing shown = clock.measure(
                () -> window.open(project),
                () -> window.workspace() != null
                        && probe.workspaceShown()
                        && probe.tableStartsWith(dataset().rowCount(), 0)
                        && probe.panelShows(Benchmark.TOGGLED_TAG, Benchmark.TOGGLED_TAG),
                this::onScreen);
        OnFx.run(() -> window.workspaceProperty().removeListener(arrival));
        clock.idle(10);
        return new Opening(shown, (loaded[0] - start) / 1e6);
    }

    /** Key 1 on 10,000 selected rows, which were first marked reviewed (R) so the panel's estimates count them. */
    private void toggle(int runs) throws Exception {
        int selected = Math.min(SELECTED_ROWS, dataset().rowCount());
        log.accept("  tagging " + NumberText.count(selected) + " selected rows with key 1");
        RoaringBitmap selection = RoaringBitmap.bitmapOfRange(0, selected);
        OnFx.run(() -> {
            RowTable table = probe.table();
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, selected);
        });
        press(KeyCode.R);
        OnFx.waitUntil(() -> RoaringBitmap.andCardinality(state().marks().reviewed(), selection) == selected);
        RoaringBitmap reviewed = OnFx.call(() -> state().marks().reviewed().clone());
        RoaringBitmap tagged =
                OnFx.call(() -> state().marks().rowsOf(Benchmark.TOGGLED_TAG).clone());
        clock.idle(10);
        int presses = WARM_UPS + Math.max(runs, LEAST_TIMED_PRESSES);
        List<FrameClock.Timing> timings = new ArrayList<>();
        Random phases = new Random(SELECTED_ROWS);
        for (int press = 0; press < presses; press++) {
            if (RoaringBitmap.andCardinality(tagged, selection) == selected) {
                tagged.andNot(selection);
            } else {
                tagged.or(selection);
            }
            // the panel and the tag list say the same count: the tagged rows among the reviewed ones
            String panelCount = NumberText.count(RoaringBitmap.andCardinality(tagged, reviewed)) + " of ";
            // a user's key comes at any moment of a frame, not just after one as the idle wait leaves it
            Thread.sleep(phases.nextInt(FRAME_MILLIS));
            timings.add(clock.measure(
                    () -> {
                        keys.type(KeyCode.DIGIT1);
                    },
                    () -> probe.panelShows(Benchmark.TOGGLED_TAG, panelCount)
                            && probe.sidebarShows(Benchmark.TOGGLED_TAG, panelCount),
                    this::onScreen));
            clock.idle(6);
        }
        figures.keyPresses(
                "key 1 on " + NumberText.count(selected) + " selected rows until the panel and the tag list show it",
                timings,
                WARM_UPS,
                FIRST_PRESSES);
    }

    /**
     * Ascending, descending, then back to the file's order, as three clicks on the header do. The current
     * row, the file's first, stays selected and in view wherever the order puts it.
     */
    private void sort(int runs) throws Exception {
        log.accept("  sorting by " + SORTED_COLUMN);
        NumericColumn sorted = (NumericColumn) dataset().column(SORTED_COLUMN);
        int rows = dataset().rowCount();
        int current = 0;
        int below = (int) IntStream.range(0, rows)
                .filter(r -> sorted.value(r) < sorted.value(current))
                .count();
        int above = (int) IntStream.range(0, rows)
                .filter(r -> sorted.value(r) > sorted.value(current))
                .count();
        TableColumn<Integer, ?> column = OnFx.call(() -> probe.table().getColumns().stream()
                .filter(c -> c.getText().equals(SORTED_COLUMN))
                .findFirst()
                .orElseThrow());
        OnFx.run(() -> {
            probe.table().getSelectionModel().clearAndSelect(current);
            probe.table().scrollTo(current);
        });
        List<FrameClock.Timing> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            timings.add(clock.measure(
                    () -> {
                        column.setSortType(TableColumn.SortType.ASCENDING);
                        probe.table().getSortOrder().setAll(column);
                    },
                    () -> probe.tableShows(rows, below, current),
                    this::onScreen));
            timings.add(clock.measure(
                    () -> column.setSortType(TableColumn.SortType.DESCENDING),
                    () -> probe.tableShows(rows, above, current),
                    this::onScreen));
            timings.add(clock.measure(
                    () -> probe.table().getSortOrder().clear(),
                    () -> probe.tableShows(rows, current, current),
                    this::onScreen));
            clock.idle(6);
        }
        figures.operation(
                "sort",
                "sort " + NumberText.count(rows) + " rows by a column until the table shows them",
                timings,
                500);
    }

    /** Ctrl+E on and off. */
    private void errorsOnly(int runs) throws Exception {
        log.accept("  showing the errors only");
        RoaringBitmap errors = OnFx.call(() -> state().snapshot().errorRows().errors());
        int rows = dataset().rowCount();
        List<FrameClock.Timing> timings = new ArrayList<>();
        OnFx.run(() -> probe.table().requestFocus());
        for (int run = 0; run < runs; run++) {
            timings.add(clock.measure(
                    () -> keys.shortcut(KeyCode.E),
                    () -> probe.tableStartsWith(errors.getCardinality(), errors.first()),
                    this::onScreen));
            timings.add(clock.measure(
                    () -> keys.shortcut(KeyCode.E), () -> probe.tableStartsWith(rows, 0), this::onScreen));
            clock.idle(6);
        }
        figures.operation("filter", "errors only on and off (Ctrl+E) until the table shows them", timings, 500);
    }

    /** Types the word into the search field, a key every 50 ms, as often as there are runs, clearing it between them. */
    private void search(int runs) throws Exception {
        log.accept("  searching for \"" + SEARCHED + "\"");
        Column column = dataset().column(SEARCHED_COLUMN);
        int[] found = IntStream.range(0, dataset().rowCount())
                .filter(r -> column.text(r).contains(SEARCHED))
                .toArray();
        List<FrameClock.Timing> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            timings.add(searchOnce(found));
            OnFx.run(() -> ((TextField) scene.lookup("#search-field")).clear());
            OnFx.run(() -> probe.table().requestFocus());
            OnFx.waitUntil(() -> probe.tableStartsWith(dataset().rowCount(), 0));
            clock.idle(10);
        }
        figures.operation(
                "search",
                "search a word in every cell, from the last key until the table shows the rows",
                timings,
                1000);
    }

    /** The time from the word's last key to its rows; the longest frame from its first key. */
    private FrameClock.Timing searchOnce(int[] found) throws Exception {
        OnFx.run(() -> scene.lookup("#search-field").requestFocus());
        long typing = System.nanoTime();
        String typed = SEARCHED.substring(0, SEARCHED.length() - 1);
        for (char letter : typed.toCharArray()) {
            KeyCode key = KeyCode.getKeyCode(String.valueOf(letter).toUpperCase(Locale.ROOT));
            OnFx.run(() -> {
                keys.type(key);
            });
            Thread.sleep(50);
        }
        KeyCode last =
                KeyCode.getKeyCode(SEARCHED.substring(SEARCHED.length() - 1).toUpperCase(Locale.ROOT));
        // released at once: a key held while a slow search runs repeats, and the field no longer holds the word
        FrameClock.Timing shown = clock.measure(
                () -> {
                    keys.type(last);
                },
                () -> probe.tableStartsWith(found.length, found[0]),
                this::onScreen);
        double longest = Math.max(shown.longestFrameMillis(), clock.longestFrame(typing, System.nanoTime()));
        return new FrameClock.Timing(shown.millis(), shown.waitedMillis(), longest, shown.endNanos());
    }

    /** The mouse wheel a notch a frame, then Page Down, over a million rows; from the top, once a run. */
    private void scroll(int runs) throws Exception {
        log.accept("  scrolling");
        double[] longest = new double[runs];
        List<Double> frames = new ArrayList<>();
        int lines = 0;
        for (int run = 0; run < runs; run++) {
            OnFx.run(() -> {
                RowTable table = probe.table();
                Bounds screen = table.localToScreen(table.getBoundsInLocal());
                robot.mouseMove(screen.getCenterX(), screen.getCenterY());
                table.requestFocus();
                table.scrollTo(0);
                table.getSelectionModel().clearAndSelect(0);
            });
            OnFx.waitUntil(() -> probe.tableStartsWith(dataset().rowCount(), 0));
            clock.idle(6);
            long start = System.nanoTime();
            for (int step = 0; step < WHEEL_STEPS; step++) {
                OnFx.run(() -> robot.mouseWheel(3));
                clock.idle(1);
            }
            for (int step = 0; step < PAGE_STEPS; step++) {
                OnFx.run(() -> {
                    keys.type(KeyCode.PAGE_DOWN);
                });
                clock.idle(1);
            }
            clock.idle(6);
            long end = System.nanoTime();
            lines = OnFx.call(probe::firstShownLine);
            if (lines == 0) {
                throw new IllegalStateException("the table did not scroll");
            }
            double[] runFrames = clock.frames(start, end);
            longest[run] = Arrays.stream(runFrames).max().orElse(0);
            Arrays.stream(runFrames).forEach(frames::add);
        }
        figures.longestFrames(
                "scroll",
                "the longest frame while scrolling " + NumberText.count(lines) + " lines, median of the runs",
                longest,
                50);
        figures.add(
                "window_scroll_median_frame_ms",
                "the median frame while scrolling",
                Median.of(frames.stream().mapToDouble(Double::doubleValue).toArray()),
                Double.NaN,
                "(no target)");
    }

    private void press(KeyCode key) throws Exception {
        OnFx.run(() -> keys.type(key));
    }

    private String onScreen() {
        return probe.describe(Benchmark.TOGGLED_TAG);
    }

    private ProjectState state() {
        return window.workspace().state();
    }

    private Dataset dataset() {
        return window.workspace().rows().dataset();
    }
}
