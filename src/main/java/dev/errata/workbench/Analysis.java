package dev.errata.workbench;

import dev.errata.compare.ModelComparison;
import dev.errata.compare.VersionFigures;
import dev.errata.data.ColumnChoice;
import dev.errata.data.ColumnRoles;
import dev.errata.data.CsvImporter;
import dev.errata.data.LoadedData;
import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagInput;
import dev.errata.metrics.checks.Check;
import dev.errata.metrics.checks.CheckEvaluator;
import dev.errata.metrics.checks.CheckException;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.SavedView;
import dev.errata.report.MetricsSummary;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagMembership;
import dev.errata.workbench.rows.MarkedRows;
import dev.errata.workbench.rows.RowQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data, tags and settings one analysis works on, from a project or from data files and options (the
 * command line), or from the window's project as it is now, unsaved edits included; from a project also
 * the analyst's review marks, notes, summary, checks and saved views. Reports, exports and checks are
 * made from it the same way for both, see {@link Reports}.
 */
public final class Analysis {

    private final LoadedData data;
    private final List<TagMembership> memberships;
    private final MetricsSettings settings;
    private final ProjectWork work;
    private final Map<Path, String> inputs;

    /**
     * What only a project holds; empty for plain data.
     *
     * @param annotations review marks and notes
     * @param views the saved views, whose columns a report slices by when no columns are given
     * @param models the models the project names, which a comparison and a check take when none are given
     * @param history what each version of the model measured when it was added, oldest first
     */
    public record ProjectWork(
            Annotations annotations,
            String summary,
            List<String> checks,
            List<SavedView> views,
            List<Model> models,
            List<ModelVersion> history) {
        public static final ProjectWork NONE =
                new ProjectWork(Annotations.empty(), "", List.of(), List.of(), List.of(), List.of());

        public ProjectWork {
            checks = List.copyOf(checks);
            views = List.copyOf(views);
            models = List.copyOf(models);
            history = List.copyOf(history);
        }

        /** The work a project holds now. */
        public static ProjectWork of(Project project) {
            return new ProjectWork(
                    project.session().snapshot(),
                    project.summary(),
                    project.checks(),
                    project.views(),
                    project.models(),
                    project.history());
        }
    }

    private Analysis(
            LoadedData data,
            List<TagMembership> memberships,
            MetricsSettings settings,
            ProjectWork work,
            Map<Path, String> inputs) {
        this.data = data;
        this.memberships = List.copyOf(memberships);
        this.settings = settings;
        this.work = work;
        this.inputs = Map.copyOf(inputs);
    }

    /**
     * An analysis of data already loaded, as the window holds it.
     *
     * @param settings the settings; slice columns in it are what reports slice by, else the views' columns
     */
    public static Analysis of(
            LoadedData data, List<TagMembership> memberships, MetricsSettings settings, ProjectWork work) {
        return new Analysis(data, memberships, settings, work, Map.of());
    }

    /** A project's data with every warning its opening gave (a changed data file, recovered edits). */
    public static LoadedData dataOf(Project project) {
        return new LoadedData(project.dataset(), project.roles(), project.warnings());
    }

    /** Reads the project or the data the request names. */
    public static Analysis load(AnalysisRequest request) throws IOException {
        MetricsSettings settings = MetricsSettings.defaults()
                .withBins(request.bins())
                .withSliceColumns(request.slices())
                .withCrosses(request.crosses());
        LoadedData data;
        List<TagMembership> memberships = new ArrayList<>();
        ProjectWork work = ProjectWork.NONE;
        Map<Path, String> inputs = new LinkedHashMap<>();
        if (request.project() != null) {
            // an analysis only reads: it neither starts a journal nor cuts a torn one
            try (Project project = openProject(request)) {
                inputs.put(project.file(), "the project");
                inputs.put(Project.backupOf(project.file()), "the project's backup");
                inputs.put(Project.journalOf(project.file()), "the project's journal");
                inputs.put(project.dataFile(), "the data");
                project.predictionsFile().ifPresent(p -> inputs.put(p, "the predictions"));
                data = dataOf(project);
                memberships.addAll(project.memberships());
                settings = AnalysisSettings.of(project.settings(), project.session(), settings);
                work = ProjectWork.of(project);
            }
        } else {
            data = loadData(request);
            inputs.put(request.data().data(), "the data");
            if (request.data().predictions() != null) {
                inputs.put(request.data().predictions(), "the predictions");
            }
        }
        memberships.addAll(TagColumns.memberships(data.dataset(), tagColumns(request, data, memberships), 0));
        if (request.threshold() != null) {
            settings = settings.withThreshold(request.threshold());
        }
        if (request.tolerance() != null) {
            settings = settings.withTolerance(request.tolerance());
        }
        return new Analysis(data, memberships, settings, work, inputs);
    }

    /**
     * The request's project, with the columns the request reads beside those the project's own work reads
     * ({@link ProjectOpener#openToRead(Path, Progress, ColumnChoice)}); read whole again where one of its
     * checks slices by a column left out, so that the check is evaluated as on any read.
     */
    private static Project openProject(AnalysisRequest request) throws IOException {
        ProjectOpener opener = new ProjectOpener();
        ColumnChoice reads = request.reads();
        Project project = opener.openToRead(request.project(), Progress.NONE, reads);
        if (reads.all()
                || project.dataset().columnNames().containsAll(CheckEvaluator.slicedColumnsOf(project.checks()))) {
            return project;
        }
        project.close();
        return opener.openToRead(request.project(), Progress.NONE);
    }

    /**
     * The request's data; of an analysis that uses only some columns, those alone, unless one it names is not
     * among them: then every column is read, so that what says so names the columns there are.
     */
    private static LoadedData loadData(AnalysisRequest request) {
        CsvImporter importer = new CsvImporter();
        ColumnChoice reads = request.reads();
        if (!reads.all()) {
            LoadedData some = importer.load(request.data().reading(reads), Progress.NONE);
            if (some.dataset().columnNames().containsAll(reads.names())
                    && TagColumns.eachMatches(some.dataset(), some.roles(), request.tagColumnGlobs())) {
                return some;
            }
        }
        return importer.load(request.data(), Progress.NONE);
    }

    /** The columns --tag-column names, then those --tag-columns matches, each once and none a tag already. */
    private static List<String> tagColumns(AnalysisRequest request, LoadedData data, List<TagMembership> tags) {
        Set<String> columns = new LinkedHashSet<>(request.tagColumns());
        if (!request.tagColumnGlobs().isEmpty()) {
            columns.addAll(TagColumns.matching(data.dataset(), data.roles(), request.tagColumnGlobs()));
        }
        tags.forEach(tag -> columns.remove(tag.tag().name()));
        return List.copyOf(columns);
    }

    public LoadedData data() {
        return data;
    }

    public List<TagMembership> memberships() {
        return memberships;
    }

    public MetricsSettings settings() {
        return settings;
    }

    public ProjectWork work() {
        return work;
    }

    /** The files the analysis was read from, each with what it is, which no output may replace. */
    public Map<Path, String> inputs() {
        return inputs;
    }

    /**
     * The rows a saved view of the project shows, in its order: what the window's table shows for it.
     *
     * @throws IllegalArgumentException when there is no project, or no view of that name
     */
    public int[] viewRows(String name) {
        RowQuery query = RowQuery.of(RowQuery.named(projectViews(), name), data.dataset());
        ErrorRows errors = ErrorRows.of(data.dataset(), data.roles(), settings);
        return query.order(
                data.dataset(),
                errors.errors(),
                MarkedRows.of(memberships, work.annotations().reviewed()));
    }

    /** The analysis with one saved view alone, so a report slices by that view's columns. */
    public Analysis withView(String name) {
        SavedView view = RowQuery.named(projectViews(), name);
        ProjectWork one = new ProjectWork(
                work.annotations(), work.summary(), work.checks(), List.of(view), work.models(), work.history());
        return new Analysis(data, memberships, settings, one, inputs);
    }

    private List<SavedView> projectViews() {
        if (work == ProjectWork.NONE) {
            throw new IllegalArgumentException(
                    "--view takes a saved view of a project; give the project (NAME.errata.json)");
        }
        return work.views();
    }

    /**
     * The same analysis without the rows of a tag, e.g. the rows confirmed as label errors, so the metrics
     * read as on clean labels; a warning says how many rows were left out.
     *
     * @throws IllegalArgumentException when there is no such tag
     */
    public Analysis withoutTag(String name) {
        TagMembership left = memberships.stream()
                .filter(m -> m.tag().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tag \"" + name + "\" to leave out; the tags are "
                        + memberships.stream().map(m -> m.tag().name()).toList()));
        RowsLeftOut rows = new RowsLeftOut(data.dataset(), left.rows());
        List<String> warnings = new ArrayList<>(data.warnings());
        warnings.add("left out the " + left.rows().getLongCardinality() + " rows of tag \"" + name + "\"");
        LoadedData kept = new LoadedData(rows.dataset(), data.roles(), warnings);
        return new Analysis(kept, memberships.stream().map(rows::membership).toList(), settings, work, inputs);
    }

    /**
     * The models compared on the analysis's rows, slices and tags, the first two in pairs.
     *
     * @param models the models to compare; none for the project's own
     * @throws IllegalArgumentException with fewer than two models, or a model whose column is missing
     */
    public ModelComparison compare(List<Model> models) {
        return ModelComparison.compute(data.dataset(), data.roles(), settings, tagInputs(), modelsOr(models));
    }

    /**
     * The models compared as {@link #compare} does, sliced as a report is: by the saved views' columns,
     * else by every column with few values.
     */
    public ModelComparison compareAsReported(List<Model> models) {
        return ModelComparison.compute(data.dataset(), data.roles(), reportSettings(), tagInputs(), modelsOr(models));
    }

    /** The models given, or the project's when none are. */
    private List<Model> modelsOr(List<Model> given) {
        return given.isEmpty() ? work.models() : given;
    }

    /**
     * What {@code model} measures on the analysis's rows and tags, sliced as a report is, dated {@code date}:
     * the figures the project's history keeps of a version.
     *
     * @throws IllegalArgumentException naming the model's column the data lacks
     */
    public ModelVersion measure(Model model, LocalDate date) {
        ColumnRoles roles =
                model.roles(data.roles(), data.dataset().name(), data.dataset().columnNames());
        MetricsSettings sliced = reportSettings();
        List<TagInput> tags = tagInputs();
        ErrorRows reviewed = ErrorRows.ofReviewedModel(data.dataset(), data.roles(), sliced, tags);
        return VersionFigures.of(
                model.name(), date, MetricsSnapshot.compute(data.dataset(), roles, sliced, tags, reviewed));
    }

    public MetricsSummary summarize() {
        return summarize(settings);
    }

    /**
     * The settings of a report or export: sliced by the columns given, else by the columns the saved views
     * show, else by every column with few values.
     */
    public MetricsSettings reportSettings() {
        boolean sliced =
                !settings.sliceColumns().isEmpty() || !settings.crosses().isEmpty();
        return sliced
                ? settings
                : settings.withSliceColumns(ViewColumns.of(work.views(), data.dataset(), data.roles(), work.models()));
    }

    public MetricsSummary summarize(MetricsSettings with) {
        MetricsSnapshot snapshot = MetricsSnapshot.compute(data.dataset(), data.roles(), with, tagInputs());
        return new MetricsSummary(data.dataset().name(), data.roles().positiveClass(), data.warnings(), snapshot);
    }

    /**
     * The project's checks and then {@code extra} ones, evaluated.
     *
     * @throws IllegalArgumentException naming the check that does not parse, whether the project's (edited
     *     by hand) or given now: a check is never left out without a word
     */
    public List<CheckResult> evaluateChecks(List<String> extra) {
        return evaluateChecks(extra, List.of());
    }

    /** As {@link #evaluateChecks(List)}, with the models a check may name ({@code accuracy[v2]}). */
    public List<CheckResult> evaluateChecks(List<String> extra, List<Model> models) {
        List<String> texts = new ArrayList<>(work.checks());
        texts.addAll(extra);
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                checks.add(Check.parse(texts.get(i)));
            } catch (CheckException e) {
                throw new IllegalArgumentException(
                        "check " + (i + 1) + " \"" + texts.get(i) + "\": " + e.getMessage(), e);
            }
        }
        return CheckEvaluator.evaluate(checks, data.dataset(), data.roles(), settings, tagInputs(), modelsOr(models));
    }

    private List<TagInput> tagInputs() {
        return TagInput.of(memberships);
    }
}
