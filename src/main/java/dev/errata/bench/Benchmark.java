package dev.errata.bench;

import dev.errata.data.CsvImporter;
import dev.errata.data.Dataset;
import dev.errata.data.ImportRequest;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.data.RowOrder;
import dev.errata.data.TableCache;
import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceSearch;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.RowGroups;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagInput;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.samples.BenchmarkData;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.roaringbitmap.RoaringBitmap;

/** Measures the targets of docs/performance.md on a generated file: load, memory, metrics, edits, sort, save. */
public final class Benchmark {

    /**
     * @param folder where the generated CSV and project go
     * @param runs timed runs per figure (the median is reported), after a warm-up
     * @param window measures the window on the saved project; null for the headless figures alone
     */
    /**
     * @param cold whether to time whole processes started afresh, beside Polars and pandas
     * @param window the window's figures, or null to leave the window out
     */
    public record Settings(int rows, int tags, int runs, long seed, Path folder, boolean cold, WindowFigures window) {}

    private static final int TOGGLED_ROWS = 10_000;
    private static final int HAND_TAGGED_ROWS = 1_000;
    private static final String HAND_TAG = "hand";
    /** The tag the window's key 1 toggles, first in the panel so it is in view. */
    public static final String TOGGLED_TAG = "toggled";
    /** The generated file and the project saved beside it, in the benchmark's folder. */
    public static final String DATA_FILE = "bench.csv";

    public static final String PROJECT_FILE = "bench.errata.json";

    /**
     * The importer of the figures timed in this process, which parse every time: the table cache would
     * answer their repeated loads from memory. The cold figures show what the cache saves a user.
     */
    private static final CsvImporter PARSER = new CsvImporter(TableCache.none());

    private final Settings settings;
    private final Consumer<String> log;
    private static final int SUGGEST_COLUMNS = 20;

    private final List<Measurement> figures = new ArrayList<>();

    public Benchmark(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchReport run() throws Exception {
        BenchmarkData generator = new BenchmarkData(settings.rows(), settings.tags(), settings.seed());
        Path csv = settings.folder().resolve(DATA_FILE);
        write(generator, csv);
        if (settings.cold()) {
            // first, while this process holds no data and leaves the machine to the processes it starts
            log.accept("cold starts: a fresh process for each run");
            figures.addAll(new ColdStarts(csv, settings.runs(), log).measure());
        }
        Path project = headlessFigures(csv);
        if (settings.window() != null) {
            log.accept("measuring the window on the saved project");
            figures.addAll(settings.window().measure(project, settings.runs(), log));
        }
        return new BenchReport(
                Environment.current(),
                Files.size(csv),
                settings.rows(),
                generator.columns().size(),
                figures);
    }

    private void write(BenchmarkData generator, Path csv) throws IOException {
        log.accept("writing " + settings.rows() + " rows to " + csv);
        generator.write(csv);
        writeBack(csv);
    }

    /**
     * Writes a file just written to the disk now: its write-back would otherwise compete with what is timed
     * next for the disk and a core.
     */
    static void writeBack(Path file) throws IOException {
        try (FileChannel written = FileChannel.open(file, StandardOpenOption.WRITE)) {
            written.force(true);
        }
    }

    /** Measures the figures that need no window and returns the project they saved. */
    private Path headlessFigures(Path csv) throws Exception {
        long fileBytes = Files.size(csv);
        ImportRequest request = ImportRequest.of(csv);

        log.accept("loading");
        LoadedData[] holder = new LoadedData[1];
        double load = timed(1, () -> {
            holder[0] = null;
            holder[0] = PARSER.load(request, Progress.NONE);
        });
        add("load_ms", "load the CSV into a ready dataset", load, "ms", 1500, "≤ 1,500 ms (half of pandas read_csv)");
        // held, released, held again, each after a collection: the mean of the two differences is the data's
        // size even while another thread's retained heap grows steadily between readings, which pulls one
        // difference down by as much as it pushes the other up (one difference alone came out negative)
        long heapHeld = Stopwatch.usedHeap();
        holder[0] = null;
        long heapReleased = Stopwatch.usedHeap();
        holder[0] = PARSER.load(request, Progress.NONE);
        long heapHeldAgain = Stopwatch.usedHeap();
        double heapMb = ((heapHeld - heapReleased) + (heapHeldAgain - heapReleased)) / 2 / 1048576.0;
        add(
                "heap_after_load_mb",
                "heap after load",
                heapMb,
                "MB",
                1.5 * fileBytes / 1048576.0,
                "< 1.5 × the file (" + Math.round(1.5 * fileBytes / 1048576.0) + " MB)");
        LoadedData loaded = holder[0];
        Dataset data = loaded.dataset();

        log.accept("computing metrics");
        TagSession importing = new TagSession(data);
        addImportedTags(importing);
        List<TagInput> imported = TagInput.of(importing.memberships());
        MetricsSnapshot snapshot = MetricsSnapshot.compute(data, loaded.roles(), MetricsSettings.defaults(), imported);
        add(
                "all_metrics_ms",
                "every metric of the dataset (" + settings.tags() + " tags)",
                timed(1, () -> MetricsSnapshot.compute(data, loaded.roles(), MetricsSettings.defaults(), imported)),
                "ms",
                Double.NaN,
                "(no target)");
        add(
                "tag_metrics_ms",
                settings.tags() + " tag metrics",
                timed(5, () -> snapshot.withTags(imported)),
                "ms",
                5,
                "< 5 ms");
        Outcomes outcomes = Outcomes.of(data, loaded.roles());
        ErrorRows errors = ErrorRows.of(outcomes);
        add(
                "slice_metrics_ms",
                "slice metrics of five categorical columns",
                timed(1, () -> {
                    List<RowGroups> columns = new ArrayList<>();
                    for (int c = 0; c < BenchmarkData.CATEGORIES.length; c++) {
                        columns.add(RowGroups.of(data, "c" + c, 5));
                    }
                    SliceTable.all(outcomes, errors, columns);
                }),
                "ms",
                100,
                "< 100 ms");
        List<String> candidates = suggestColumns();
        SearchSettings search = SearchSettings.DEFAULT.withColumns(candidates);
        add(
                "suggest_ms",
                "suggest weak slices of up to 3 of " + candidates.size() + " columns (SliceLine)",
                timed(
                        1,
                        () -> SliceSearch.run(
                                data, loaded.roles(), MetricsSettings.defaults(), List.of(), search, Progress.NONE)),
                "ms",
                2000,
                "< 2,000 ms");
        int[] identity = RowOrder.identity(data.rowCount());
        add(
                "sort_ms",
                "sort the table by a numeric column",
                timed(1, () -> RowOrder.sortBy(data.column("x0"), identity, true)),
                "ms",
                500,
                "< 500 ms");

        return projectFigures(request, snapshot, load);
    }

    /**
     * Saves the project a user would have after an hour of review: the file's tag columns imported as tags,
     * and a thousand reviewed rows tagged by hand.
     *
     * @return the saved project
     */
    private Path projectFigures(ImportRequest request, MetricsSnapshot snapshot, double load) throws Exception {
        log.accept("tagging, saving and reopening a project");
        Path file = settings.folder().resolve(PROJECT_FILE);
        SplittableRandom random = new SplittableRandom(settings.seed());
        try (Project project = new ProjectOpener(PARSER::load).create(file, request, Progress.NONE)) {
            TagSession session = project.session();
            int rows = project.dataset().rowCount();
            session.createTag(TagDefinition.hand(TOGGLED_TAG, "#f28e2b").withSettings(null, null, null, 1));
            session.createTag(TagDefinition.hand(HAND_TAG, "#4e79a7"));
            addImportedTags(session);
            RoaringBitmap tagged = randomRows(random, rows, Math.min(rows, HAND_TAGGED_ROWS));
            session.setReviewed(tagged, true);
            session.setTag(HAND_TAG, tagged, true);
            RoaringBitmap toggled = randomRows(random, rows, Math.min(rows, TOGGLED_ROWS));
            boolean[] on = {false};
            add(
                    "toggle_round_trip_ms",
                    "toggle a tag on 10,000 rows, journal it, recompute the tag metrics",
                    timed(5, () -> {
                        on[0] = !on[0];
                        session.setTag(TOGGLED_TAG, toggled, on[0]);
                        snapshot.withTags(TagInput.of(project.memberships()));
                    }),
                    "ms",
                    16,
                    "< 16 ms");
            add(
                    "save_ms",
                    "save the project (" + HAND_TAGGED_ROWS + " hand-tagged rows)",
                    timed(0, project::save),
                    "ms",
                    Double.NaN,
                    "(no target)");
        }
        add(
                "reopen_ms",
                "open the saved project",
                timed(
                        0,
                        () -> new ProjectOpener(PARSER::load)
                                .open(file, Progress.NONE)
                                .close()),
                "ms",
                load + 1000,
                "< load + 1,000 ms");
        return file;
    }

    private double timed(int warmUps, Stopwatch.Work work) throws Exception {
        return Stopwatch.medianMillis(warmUps, settings.runs(), work);
    }

    private void add(String key, String label, double value, String unit, double limit, String target) {
        figures.add(new Measurement(key, label, value, unit, limit, target));
        log.accept(String.format(java.util.Locale.ROOT, "  %s: %.2f %s", label, value, unit));
    }

    /** The 20 columns the slice search looks at: the numeric and categorical features and the first tag columns. */
    private List<String> suggestColumns() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < BenchmarkData.NUMERIC; i++) {
            columns.add("x" + i);
        }
        for (int c = 0; c < BenchmarkData.CATEGORIES.length; c++) {
            columns.add("c" + c);
        }
        for (int t = 0; t < settings.tags() && columns.size() < SUGGEST_COLUMNS; t++) {
            columns.add("tag_" + t);
        }
        return columns;
    }

    /** The file's boolean columns tag_0, tag_1, … as imported tags of the same names. */
    private void addImportedTags(TagSession session) {
        for (int t = 0; t < settings.tags(); t++) {
            session.createTag(TagDefinition.imported("tag_" + t, "#59a14f", "tag_" + t));
        }
    }

    private static RoaringBitmap randomRows(SplittableRandom random, int rows, int count) {
        RoaringBitmap picked = new RoaringBitmap();
        while (picked.getCardinality() < count) {
            picked.add(random.nextInt(rows));
        }
        return picked;
    }
}
