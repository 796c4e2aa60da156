package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.SavedView;
import dev.errata.samples.SampleProjects;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final List<String> SECTIONS = List.of(
            "summary",
            "tags",
            "priorities",
            "confusion",
            "scores",
            "slices",
            "fairness",
            "changes",
            "examples",
            "checks");
    /**
     * The figures the window has for the churn sample, a binary model with scores in three versions, sliced by
     * gender and age.
     */
    private static final List<String> CHURN_FIGURES =
            List.of("history", "priorities", "confusion-matrix", "curves", "calibration", "slices-1", "slices-2");
    /** A start tag carrying an event handler: what an escaped value must never become. */
    private static final Pattern HANDLER_IN_MARKUP =
            Pattern.compile("<[^<>]*\\bonerror\\s*=", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    private String report(String... args) throws IOException {
        CommandRun run = CommandRun.of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        String out = args[java.util.Arrays.asList(args).indexOf("--out") + 1];
        assertThat(run.out()).isEqualTo("wrote " + out + System.lineSeparator());
        return Files.readString(Path.of(out));
    }

    @Test
    void theSampleProjectsReportHasEverySectionAndItsNumbers() throws IOException {
        Path project = SampleProjects.writeAll(dir).get(0);
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            p.setChecks(List.of("accuracy >= 0.85", "recall >= 0.5 on class \"exit\""));
            p.setViews(List.of(new SavedView(
                    "leavers", "label == \"exit\"", "age", "descending", List.of("id", "gender", "score"))));
            p.save();
        }
        String html = report(
                "report", project.toString(), "--out", dir.resolve("churn.html").toString());
        SECTIONS.forEach(id -> assertThat(html).contains("<section id=\"" + id + "\"><h2>"));
        assertThat(html).contains("Churn model v1 on the March hold-out set.");
        // the pocket's error rate per version, and the gain predicted at v1 beside the gain v2 achieved
        assertThat(html)
                .contains("<h2>What changed</h2>")
                .contains("v3 (2026-11-30) against v2 (2026-10-26): error rate 12.4% → 12.0%")
                .contains("<td class=\"text\">inactive, Germany, 45–60</td><td class=\"num\">48.0%</td>"
                        + "<td class=\"num\">8.1%</td><td class=\"num\">7.4%</td><td class=\"num\">+1.4 pp</td>"
                        + "<td class=\"num\">+1.5 pp</td>");
        // 246 + 3,234 of 4,000 right; 246 of the 691 leavers found
        assertThat(html)
                .contains(
                        "<td class=\"pass\">PASS</td><td class=\"text\">accuracy &gt;= 0.85</td><td class=\"num\">0.8700</td>")
                .contains(
                        "<td class=\"fail\">FAIL</td><td class=\"text\">recall &gt;= 0.5 on class &quot;exit&quot;</td>"
                                + "<td class=\"num\">0.3560</td>");
        assertThat(html)
                .as("the saved view's columns, not its role columns")
                .contains("Slices by gender", "Slices by age")
                .doesNotContain("Slices by id", "Slices by score");
        // every figure the window has for the task, inline: the priority chart, the confusion matrix, ROC and PR,
        // calibration and one slice chart per sliced column
        assertThat(html.split("<figure><svg xmlns=", -1)).hasSize(CHURN_FIGURES.size() + 1);
        assertThat(html)
                .contains(
                        ">potential gain against ease (95% interval)</text>",
                        ">predicted →</text>",
                        ">ROC (y: true positive rate)</text>",
                        ">reliability · expected calibration error ",
                        ">error rate by gender (95% interval; dashed: overall 13.0%)</text>",
                        ">error rate by age (95% interval;");
        assertThat(html).contains("<text x=", ">fee complaint</text>");
        assertThat(html).as("self-contained").doesNotContain("<script", "<link", "url(", "@import", "src=\"");
        assertThat(html.indexOf("<td class=\"text\">fee complaint</td>"))
                .as("ranked first by potential gain")
                .isLessThan(html.indexOf("<td class=\"text\">data entry error</td>"));
    }

    @Test
    void aMarkdownReportWritesItsFiguresBesideItAndLinksThemWithNothingOutsideItsFolder() throws IOException {
        Path project = SampleProjects.writeAll(dir).get(0);
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            p.setViews(List.of(new SavedView("leavers", "", null, null, List.of("gender", "age"))));
            p.save();
        }
        Path out = Files.createDirectories(dir.resolve("out folder"));
        String markdown = report(
                "report",
                project.toString(),
                "--out",
                out.resolve("churn report.md").toString());

        Path figures = out.resolve("churn report-figures");
        try (var written = Files.list(out)) {
            assertThat(written.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("churn report.md", "churn report-figures");
        }
        for (String name : CHURN_FIGURES) {
            assertThat(markdown).contains("](churn%20report-figures/" + name + ".svg)\n");
            assertThat(Files.readString(figures.resolve(name + ".svg")))
                    .startsWith("<svg xmlns=")
                    .endsWith("</svg>\n");
        }
        try (var written = Files.list(figures)) {
            assertThat(written).hasSize(CHURN_FIGURES.size());
        }
        assertThat(markdown).contains("![Potential gain against ease, each tag&#39;s 95% interval as a whisker](");
        assertThat(Files.readString(figures.resolve("slices-1.svg"))).contains(">error rate by gender (95% interval;");
    }

    @Test
    void aLinkWhereTheFiguresFolderShouldBeIsRefusedAndNothingIsWrittenThrough() throws IOException {
        Path project = SampleProjects.writeAll(dir).get(0);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("r-figures"), elsewhere);

        CommandRun run = CommandRun.of(
                "report", project.toString(), "--out", out.resolve("r.md").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err())
                .contains("will not write the figures into")
                .contains("r-figures")
                .contains("not a folder");
        try (var inside = Files.list(elsewhere)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void valuesFromTheDataAreTextAndRunNothing() throws IOException {
        Path data = Files.writeString(
                dir.resolve("eval.csv"),
                "id,label,pred,comment\n"
                        + "1,1,1,\"" + SCRIPT + "\"\n"
                        + "2,1,0,\"" + IMG.replace("\"", "\"\"") + "\"\n"
                        + "3,0,0,plain\n"
                        + "4,0,1,plain\n");
        Path project = dir.resolve("eval.errata.json");
        try (Project p = new ProjectOpener().create(project, ImportRequest.of(data), Progress.NONE)) {
            p.session()
                    .createTag(TagDefinition.rule(IMG, "#e15759", "comment != \"plain\"")
                            .withDescription(SCRIPT + IMG));
            p.setSummary("Found " + SCRIPT + " and " + IMG);
            p.setChecks(List.of("accuracy >= 0.5 on tag \"" + SCRIPT + "\""));
            p.setViews(List.of(new SavedView("all", "", null, null, List.of("comment"))));
            p.save();
        }
        String html = report(
                "report", project.toString(), "--out", dir.resolve("r.html").toString());
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img");
        assertThat(HANDLER_IN_MARKUP.matcher(html).find()).isFalse();
        assertThat(html)
                .contains(
                        "Found &lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("<td class=\"text\">&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("<h3>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h3>");

        String markdown = report(
                "report", project.toString(), "--out", dir.resolve("r.md").toString());
        assertThat(markdown.toLowerCase()).doesNotContain("<script", "<img");
        assertThat(markdown)
                .startsWith("# Error analysis: eval\n")
                .contains("## Checks")
                .contains("| &lt;script&gt;alert(1)&lt;/script&gt; |");
    }

    @Test
    void threeThousandClassesMakeAReportAndJsonOfTheSizeOfTheirData() throws IOException {
        // A 40 KB file: each of 3,000 classes right twice, and class c < 100 mistaken for the next once.
        StringBuilder csv = new StringBuilder("label,pred\n");
        for (int c = 0; c < 3000; c++) {
            csv.append('k')
                    .append(c)
                    .append(",k")
                    .append(c)
                    .append('\n')
                    .append('k')
                    .append(c)
                    .append(",k")
                    .append(c)
                    .append('\n');
        }
        for (int c = 0; c < 100; c++) {
            csv.append('k').append(c).append(",k").append(c + 1).append('\n');
        }
        Path data = Files.writeString(dir.resolve("many.csv"), csv);
        String html = report(
                "report", data.toString(), "--out", dir.resolve("many.html").toString());
        assertThat(html.length()).as("was 594 MB with a 3,000 × 3,000 matrix").isLessThan(2 << 20);
        assertThat(html)
                .contains("the 49 classes with the most errors; the other 2,951 pooled")
                .contains("other (2,951 classes)");
        CommandRun json = CommandRun.of("metrics", data.toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().length()).as("was 117 MB").isLessThan(2 << 20);
        CommandRun text = CommandRun.of("metrics", data.toString());
        assertThat(text.out().lines().count())
                .as("49 classes and the pooled rest in two tables")
                .isLessThan(150);
    }

    @Test
    void aRegressionReportDrawsTheWindowsResidualFigure() throws IOException {
        StringBuilder csv = new StringBuilder("id,label,prediction\n");
        for (int i = 1; i <= 5000; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 97)
                    .append(',')
                    .append(i % 97 + (i % 7) - 3)
                    .append('\n');
        }
        Path data = Files.writeString(dir.resolve("reg.csv"), csv);
        String html = report(
                "report", data.toString(), "--out", dir.resolve("reg.html").toString(), "--format", "html");
        assertThat(html).contains("<section id=\"residuals\">").doesNotContain("<section id=\"confusion\">");
        // the residuals as the window draws them: densities as embedded images, the histogram, the row order
        assertThat(html.split("<image ", -1)).hasSize(2 + 1);
        assertThat(html)
                .contains(">histogram of residuals</text>", ">row order · Durbin–Watson ")
                .contains("The fairness rates apply to binary classification.")
                .as("no empty table without tags")
                .doesNotContain("<th scope=\"col\">potential gain</th>");
    }
}
