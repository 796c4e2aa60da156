package dev.errata.cli;

import dev.errata.data.Dataset;
import dev.errata.data.LoadedData;
import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagInput;
import dev.errata.metrics.checks.Check;
import dev.errata.metrics.checks.CheckEvaluator;
import dev.errata.metrics.checks.CheckException;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.ViewColumns;
import dev.errata.report.MetricsSummary;
import dev.errata.tags.Annotations;
import dev.errata.tags.ReviewQueue;
import dev.errata.tags.TagColors;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data, tags and settings a headless command works on, from a project or from data files and options;
 * from a project also the analyst's review marks, notes, summary, checks and the columns of saved views.
 */
final class Analysis {

    private final LoadedData data;
    private final List<TagMembership> memberships;
    private final MetricsSettings settings;
    private final ProjectWork work;

    /**
     * What only a project holds; empty for plain data.
     *
     * @param annotations review marks and notes
     * @param viewColumns the columns the saved views show or sort by
     */
    record ProjectWork(Annotations annotations, String summary, List<String> checks, List<String> viewColumns) {
        static final ProjectWork NONE = new ProjectWork(Annotations.empty(), "", List.of(), List.of());
    }

    private Analysis(LoadedData data, List<TagMembership> memberships, MetricsSettings settings, ProjectWork work) {
        this.data = data;
        this.memberships = memberships;
        this.settings = settings;
        this.work = work;
    }

    static Analysis load(AnalysisOptions options) throws IOException {
        MetricsSettings settings = MetricsSettings.defaults().withBins(options.bins)
                .withSliceColumns(options.slices).withCrosses(crosses(options.crosses));
        LoadedData data;
        List<TagMembership> memberships = new ArrayList<>();
        ProjectWork work = ProjectWork.NONE;
        Path projectFile = options.data.namesProject() ? options.data.data : options.project;
        if (projectFile != null) {
            if (options.data.hasData()) {
                throw new IllegalArgumentException("give either DATA.csv or --project, not both");
            }
            try (Project project = new ProjectOpener().open(projectFile, Progress.NONE)) {
                data = withWarnings(project.data(), project.warnings());
                memberships.addAll(project.memberships());
                settings = settings.withThreshold(project.settings().threshold())
                        .withStrataColumn(project.session().reviewQueue().map(ReviewQueue::strataColumn).orElse(null));
                if (project.settings().tolerance() != null) {
                    settings = settings.withTolerance(project.settings().tolerance());
                }
                work = new ProjectWork(project.session().snapshot(), project.summary(), project.checks(),
                        ViewColumns.of(project));
            }
        } else if (options.data.hasData()) {
            data = new dev.errata.data.CsvImporter().load(options.data.request(), Progress.NONE);
        } else {
            throw new IllegalArgumentException("give the data file (DATA.csv) or a project (NAME.errata.json)");
        }
        memberships.addAll(importedTags(data.dataset(), options.tagColumns));
        if (options.threshold != null) {
            settings = settings.withThreshold(options.threshold);
        }
        if (options.tolerance != null) {
            settings = settings.withTolerance(options.tolerance);
        }
        return new Analysis(data, memberships, settings, work);
    }

    LoadedData data() {
        return data;
    }

    List<TagMembership> memberships() {
        return memberships;
    }

    MetricsSettings settings() {
        return settings;
    }

    ProjectWork work() {
        return work;
    }

    MetricsSummary summarize() {
        return summarize(settings);
    }

    /** The settings of a report or export: sliced by the --slice and --cross columns, else by the views' columns. */
    MetricsSettings reportSettings() {
        boolean sliced = !settings.sliceColumns().isEmpty() || !settings.crosses().isEmpty();
        return sliced ? settings : settings.withSliceColumns(work.viewColumns());
    }

    MetricsSummary summarize(MetricsSettings with) {
        MetricsSnapshot snapshot = MetricsSnapshot.compute(data.dataset(), data.roles(), with, tagInputs());
        return new MetricsSummary(data.dataset().name(), data.roles().positiveClass(), data.warnings(), snapshot);
    }

    /**
     * The project's checks and then {@code extra} ones, evaluated.
     *
     * @throws IllegalArgumentException naming the check that does not parse
     */
    List<CheckResult> evaluateChecks(List<String> extra) {
        List<String> texts = new ArrayList<>(work.checks());
        texts.addAll(extra);
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                checks.add(Check.parse(texts.get(i)));
            } catch (CheckException e) {
                throw new IllegalArgumentException("check " + (i + 1) + " \"" + texts.get(i) + "\": " + e.getMessage(), e);
            }
        }
        return CheckEvaluator.evaluate(checks, data.dataset(), data.roles(), settings, tagInputs());
    }

    private List<TagInput> tagInputs() {
        return TagInput.of(memberships);
    }

    private static LoadedData withWarnings(LoadedData data, List<String> warnings) {
        return new LoadedData(data.dataset(), data.roles(), warnings);
    }

    /** Boolean columns as tags; a scratch session computes their rows, so no project is changed. */
    private static List<TagMembership> importedTags(Dataset dataset, List<String> columns) {
        TagSession scratch = new TagSession(dataset);
        for (int i = 0; i < columns.size(); i++) {
            dataset.column(columns.get(i));
            scratch.createTag(TagDefinition.imported(columns.get(i), TagColors.of(i), columns.get(i)));
        }
        return scratch.memberships();
    }

    private static List<MetricsSettings.ColumnPair> crosses(List<String> specs) {
        List<MetricsSettings.ColumnPair> pairs = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("--cross takes two columns as COL1,COL2, not \"" + spec + "\"");
            }
            pairs.add(new MetricsSettings.ColumnPair(parts[0].strip(), parts[1].strip()));
        }
        return pairs;
    }
}
