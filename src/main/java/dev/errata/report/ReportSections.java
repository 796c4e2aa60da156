package dev.errata.report;

import static dev.errata.report.NumberText.count;
import static dev.errata.report.NumberText.percent;

import dev.errata.compare.VersionHistory;
import dev.errata.data.ModelVersion;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.report.ReportBlock.Chart;
import dev.errata.report.ReportBlock.Facts;
import dev.errata.report.ReportBlock.Heading;
import dev.errata.report.ReportBlock.Paragraph;
import dev.errata.report.ReportBlock.Section;
import dev.errata.report.ReportBlock.Table;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import java.util.ArrayList;
import java.util.List;

/** What a report says, section by section, before it is written as HTML or Markdown. */
final class ReportSections {

    private final ReportInput input;
    private final MetricsSnapshot s;

    private ReportSections(ReportInput input) {
        this.input = input;
        this.s = input.metrics().snapshot();
    }

    static List<Section> of(ReportInput input) {
        ReportSections r = new ReportSections(input);
        List<Section> sections = new ArrayList<>(List.of(
                r.summary(), r.tags(), r.priorities(), r.s.regression() != null ? r.residuals() : r.confusion()));
        if (!r.figures(ReportFigure.Place.SCORES).isEmpty()) {
            sections.add(new Section("scores", "Scores", r.figures(ReportFigure.Place.SCORES)));
        }
        sections.addAll(List.of(r.slices(), r.fairness()));
        if (input.history().versions().size() > 1) {
            sections.add(r.changes());
        }
        sections.addAll(List.of(r.examples(), r.checks()));
        return sections;
    }

    private Section summary() {
        MetricsSummary m = input.metrics();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("data", m.dataName()));
        facts.add(List.of(
                "task", s.task().key() + (m.positiveClass() == null ? "" : ", positive class " + m.positiveClass())));
        facts.add(List.of(
                "rows",
                count(s.rows()) + " (" + count(s.errorRows().evaluableCount()) + " with label and prediction)"));
        facts.add(List.of(
                "errors",
                count(s.errorRows().errorCount()) + " ("
                        + percent(
                                ratio(s.errorRows().errorCount(), s.errorRows().evaluableCount())) + ")"));
        facts.add(
                s.regression() != null
                        ? List.of(
                                "error tolerance",
                                NumberText.decimal(s.errorRows().tolerance()))
                        : List.of("threshold", Double.toString(s.settings().threshold())));
        facts.add(List.of("date", input.date()));
        List<ReportBlock> blocks = new ArrayList<>(List.of(new Facts(facts)));
        if (!input.analystSummary().isBlank()) {
            blocks.add(new Paragraph(input.analystSummary(), "quote"));
        }
        m.warnings().forEach(w -> blocks.add(new Paragraph("Warning: " + w, "warning")));
        blocks.add(new Table("Overall metrics", ReportTables.overall(s)));
        if (s.classification() != null) {
            blocks.add(new Table(
                    "Per class" + MetricsText.pooling(s.classification().confusion()),
                    ReportTables.classes(s.classification())));
        }
        return new Section("summary", "Summary", blocks);
    }

    /**
     * The last step of the model's history and the whole of it: each tag's error rate per version with the
     * gain the priorities predicted beside the gain achieved, and each slice's gap per version.
     */
    private Section changes() {
        VersionHistory history = input.history();
        List<ModelVersion> versions = history.versions();
        ModelVersion before = versions.get(versions.size() - 2);
        ModelVersion after = versions.get(versions.size() - 1);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                after.model() + " (" + after.date() + ") against " + before.model() + " (" + before.date()
                        + "): error rate " + percent(rate(before.errorRate())) + " → "
                        + percent(rate(after.errorRate()))
                        + ", measured when each was added to the project.",
                "text"));
        blocks.addAll(figures(ReportFigure.Place.CHANGES));
        if (!history.tags().isEmpty()) {
            blocks.add(new Table("Each tag's error rate per version; gains per step", HistoryTables.tags(history)));
            blocks.add(new Paragraph(HistoryTables.gainsNote(), "note"));
        }
        if (!history.slices().isEmpty()) {
            blocks.add(
                    new Table("Each slice's gap to the overall error rate per version", HistoryTables.slices(history)));
        }
        return new Section("changes", "What changed", blocks);
    }

    private static double rate(Double value) {
        return value == null ? Double.NaN : value;
    }

    private Section tags() {
        if (s.tags().isEmpty()) {
            return new Section("tags", "Tags", List.of(new Paragraph("No tags yet.", "note")));
        }
        return new Section(
                "tags",
                "Tags",
                List.of(
                        new Paragraph(
                                "Hand tags are measured over the reviewed rows, rule and imported tags over all rows. "
                                        + "Error rates show their 95% Wilson interval; * marks fewer than 30 rows.",
                                "note"),
                        new Table("Metrics per tag", ReportTables.tags(s.tags(), s.tagTranscriptions()))));
    }

    private Section priorities() {
        if (s.tags().isEmpty()) {
            return new Section("priorities", "Priorities", List.of(new Paragraph("No tags yet.", "note")));
        }
        List<TagDefinition> definitions =
                input.tags().stream().map(TagMembership::tag).toList();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                "Potential gain = headroom × prevalence: how much overall accuracy would rise if the tag "
                        + "reached its baseline. Ease and importance are the analyst's judgement.",
                "note"));
        blocks.add(new Table("Tags ranked by potential gain", FindingTables.priorities(s.tags(), definitions)));
        blocks.addAll(figures(ReportFigure.Place.PRIORITIES));
        return new Section("priorities", "Priorities", blocks);
    }

    private Section confusion() {
        var confusion = s.classification().confusion();
        List<ReportBlock> blocks = new ArrayList<>(List.of(
                new Paragraph(
                        "Rows are the true label, columns the prediction; shading is the share of the row, blue where right, red where wrong "
                                + "(recall on the diagonal)" + MetricsText.pooling(confusion) + ".",
                        "note"),
                new Table("Counts", ReportTables.confusion(s.classification()), confusion.rowNormalised())));
        blocks.addAll(figures(ReportFigure.Place.CONFUSION));
        return new Section("confusion", "Confusion matrix", blocks);
    }

    private Section residuals() {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                "Residual = label − prediction; the errors are the rows outside the band of ±"
                        + NumberText.decimal(s.errorRows().tolerance()) + ".",
                "note"));
        blocks.addAll(figures(ReportFigure.Place.RESIDUALS));
        return new Section("residuals", "Residuals", blocks);
    }

    private Section slices() {
        List<ReportBlock> blocks = new ArrayList<>();
        for (SliceTable table : s.slices()) {
            blocks.add(new Heading("By " + table.column()));
            blocks.add(new Table("Slices by " + table.column(), ReportTables.slices(table)));
            input.figures().stream()
                    .filter(f ->
                            f.place() == ReportFigure.Place.SLICES && f.column().equals(table.column()))
                    .forEach(f -> blocks.add(new Chart(f)));
        }
        if (blocks.isEmpty()) {
            blocks.add(new Paragraph("No slice columns: give --slice COL, or save a view in the project.", "note"));
        }
        return new Section("slices", "Slices", blocks);
    }

    private Section fairness() {
        List<ReportBlock> blocks = new ArrayList<>();
        if (s.predictionRates() == null) {
            blocks.add(new Paragraph("The fairness rates apply to binary classification.", "note"));
        } else if (s.slices().isEmpty()) {
            blocks.add(new Paragraph("No slice columns to compare groups by.", "note"));
        } else {
            blocks.add(new Paragraph(
                    "Rates of the prediction column per group; each gap is the group's rate minus the "
                            + "overall rate, in percentage points; the last row is the largest minus the smallest.",
                    "note"));
            for (SliceTable table : s.slices()) {
                blocks.add(new Heading("By " + table.column()));
                blocks.add(new Table("Fairness rates by " + table.column(), FindingTables.fairness(table)));
            }
        }
        return new Section("fairness", "Fairness", blocks);
    }

    private Section examples() {
        List<ReportBlock> blocks = new ArrayList<>();
        TagExamples examples = new TagExamples(input.dataset(), input.roles(), s.errorRows(), input.work());
        for (TagMembership tag : input.tags()) {
            TagDefinition d = tag.tag();
            blocks.add(new Heading(d.name()));
            String kind = switch (d.kind()) {
                case HAND -> "Hand tag";
                case RULE -> "Rule tag: " + d.rule();
                case IMPORTED -> "Imported from column " + d.sourceColumn();
            };
            blocks.add(new Paragraph(kind + " · " + count(tag.rows().getLongCardinality()) + " rows", "note"));
            if (!d.description().isBlank()) {
                blocks.add(new Paragraph(d.description(), "text"));
            }
            if (input.examples() > 0 && !tag.rows().isEmpty()) {
                blocks.add(new Table("First rows of " + d.name(), examples.of(tag, input.examples())));
            }
        }
        if (input.tags().isEmpty()) {
            blocks.add(new Paragraph("No tags yet.", "note"));
        } else if (examples.hiddenColumns() > 0 && input.examples() > 0) {
            blocks.add(
                    new Paragraph(examples.hiddenColumns() + " more column(s) are left out of the examples.", "note"));
        }
        return new Section("examples", "Tags and examples", blocks);
    }

    private Section checks() {
        List<CheckResult> results = input.checks();
        if (results.isEmpty()) {
            return new Section("checks", "Checks", List.of(new Paragraph("No checks in the project.", "note")));
        }
        long passed = results.stream().filter(CheckResult::passed).count();
        return new Section(
                "checks",
                "Checks",
                List.of(
                        new Paragraph(
                                passed + " of " + results.size() + " checks passed.",
                                passed == results.size() ? "text" : "warning"),
                        new Table("Checks", FindingTables.checks(results))));
    }

    /** The figures of a section, in the order given. */
    private List<ReportBlock> figures(ReportFigure.Place place) {
        return input.figures().stream()
                .filter(f -> f.place() == place)
                .map(f -> (ReportBlock) new Chart(f))
                .toList();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
