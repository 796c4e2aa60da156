package dev.errata.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagMetrics;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.ProjectSettings;
import dev.errata.tags.TagDefinition;
import dev.errata.ui.FakeDialogs;
import dev.errata.ui.Opened;
import dev.errata.ui.ScoreOnlyProject;
import dev.errata.ui.background.QueuedBackground;
import dev.errata.ui.plots.RegressionProject;
import dev.errata.ui.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * A new threshold or tolerance recomputes every metric, marks the project changed and is saved with it. The
 * expected errors are counted from the CSV text by the fixtures' own loops, not by the metrics code.
 */
class SettingsChangeTest {

    @TempDir
    Path folder;

    private static TagMetrics tag(MetricsSnapshot snapshot, String name) {
        return snapshot.tags().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /**
     * At 0.5 rows 4, 6, 7 and 10 are wrong (three scores of negatives reach 0.5, one positive scores 0.3);
     * at 0.7 rows 2, 4 and 7. The tag "web" (rows 6 and 7) goes from 2 of 2 errors to 1 of 2.
     */
    @Test
    void aNewThresholdRecomputesTheErrorsAndTagMetricsAndIsSavedWithTheProject() throws Exception {
        ScoreOnlyProject scores = new ScoreOnlyProject(folder);
        assertThat(ScoreOnlyProject.errorsAt(0.5, null).toArray()).containsExactly(3, 5, 6, 9);
        assertThat(ScoreOnlyProject.errorsAt(0.7, null).toArray()).containsExactly(1, 3, 6);
        try (Opened opened = Opened.on(scores.projectFile)) {
            Workspace workspace = opened.workspace();
            ProjectState state = workspace.state();
            assertThat(state.snapshot().errorRows().errors()).isEqualTo(ScoreOnlyProject.errorsAt(0.5, null));
            int revision = state.revisionProperty().get();

            state.changeSettings(state.project().settings().withThreshold(0.7));

            MetricsSnapshot snapshot = state.snapshot();
            assertThat(state.revisionProperty().get()).isGreaterThan(revision);
            assertThat(snapshot.settings().threshold()).isEqualTo(0.7);
            assertThat(snapshot.errorRows().errors()).isEqualTo(ScoreOnlyProject.errorsAt(0.7, null));
            assertThat(snapshot.errorRows().errorCount()).isEqualTo(3);
            assertThat(snapshot.classification().accuracy()).isCloseTo(1 - 3 / 10.0, within(1e-12));
            TagMetrics web = tag(snapshot, "web");
            assertThat(web.errors())
                    .isEqualTo(ScoreOnlyProject.errorsAt(0.7, "web").getCardinality())
                    .isEqualTo(1);
            assertThat(web.errorRate().value()).isCloseTo(1 / 2.0, within(1e-12));
            assertThat(web.errorShare().value()).isCloseTo(1 / 3.0, within(1e-12));
            assertThat(state.isChanged()).isTrue();
            assertThat(opened.window.titleProperty().get()).isEqualTo("• scores — Errata");
            assertThat(workspace.statusProperty().get())
                    .isEqualTo("10 rows · 3 errors · reviewed 0 of 3 errors" + " · threshold 0.70 · unsaved changes");

            workspace.save(() -> {});
            assertThat(state.isChanged()).isFalse();
        }
        try (Opened again = Opened.on(scores.projectFile)) {
            ProjectState state = again.workspace().state();
            assertThat(state.project().settings()).isEqualTo(new ProjectSettings(0.7, null));
            assertThat(state.snapshot().errorRows().errors()).isEqualTo(ScoreOnlyProject.errorsAt(0.7, null));
            assertThat(tag(state.snapshot(), "web").errors()).isEqualTo(1);
        }
    }

    /**
     * Residuals 1, −2, 0, 3, −2, −1, 4, 0, −5, 3: the default tolerance is the 80th percentile of
     * |residual|, 3 + 0.2 × (4 − 3) = 3.2, leaving rows 7 and 9 wrong; at 1.5 six rows are wrong.
     */
    @Test
    void aNewToleranceRecomputesTheErrorsIsSavedAndTheDefaultComesBack() throws Exception {
        RegressionProject regression = new RegressionProject(folder);
        assertThat(RegressionProject.errorsAbove(3.2).toArray()).containsExactly(6, 8);
        assertThat(RegressionProject.errorsAbove(1.5).toArray()).containsExactly(1, 3, 4, 6, 8, 9);
        try (Opened opened = Opened.on(regression.projectFile)) {
            Workspace workspace = opened.workspace();
            ProjectState state = workspace.state();
            assertThat(state.snapshot().errorRows().tolerance()).isCloseTo(3.2, within(1e-12));
            assertThat(state.snapshot().errorRows().errors()).isEqualTo(RegressionProject.errorsAbove(3.2));

            state.changeSettings(state.project().settings().withTolerance(1.5));

            assertThat(state.snapshot().errorRows().tolerance()).isEqualTo(1.5);
            assertThat(state.snapshot().errorRows().errors()).isEqualTo(RegressionProject.errorsAbove(1.5));
            assertThat(workspace.statusProperty().get())
                    .contains("· 6 errors ·")
                    .contains("· tolerance 1.5 ·");
            assertThat(state.isChanged()).isTrue();
            workspace.save(() -> {});
        }
        try (Opened again = Opened.on(regression.projectFile)) {
            ProjectState state = again.workspace().state();
            assertThat(state.project().settings().tolerance()).isEqualTo(1.5);
            assertThat(state.snapshot().errorRows().errorCount()).isEqualTo(6);

            state.changeSettings(state.project().settings().withTolerance(null));

            assertThat(state.snapshot().errorRows().tolerance()).isCloseTo(3.2, within(1e-12));
            assertThat(state.snapshot().errorRows().errors()).isEqualTo(RegressionProject.errorsAbove(3.2));
        }
    }

    private ProjectState stateOn(Path file, QueuedBackground background) throws IOException {
        Project project = new ProjectOpener().open(file, Progress.NONE);
        MetricsSnapshot first = MetricsSnapshot.compute(
                project.dataset(),
                project.roles(),
                dev.errata.workbench.AnalysisSettings.of(
                        project.settings(), project.session(), MetricsSettings.defaults()),
                RowMarks.of(project.session()).inputs());
        return new ProjectState(
                new OpenedProject(project, first, LocalDateTime.now(Opened.CLOCK)),
                background,
                new FakeDialogs(),
                Opened.CLOCK);
    }

    /** A hand tag counts reviewed rows only: rows 3 and 6 reviewed and tagged, of which row 6 is wrong at 0.7. */
    @Test
    void aTagEditMadeWhileTheMetricsAreRecomputedCountsInTheNewOnes() throws Exception {
        QueuedBackground background = new QueuedBackground();
        ProjectState state = stateOn(new ScoreOnlyProject(folder).projectFile, background);
        try {
            state.edit("tag", s -> s.createTag(TagDefinition.hand("checked", "#000000")));

            state.changeSettings(state.project().settings().withThreshold(0.7));
            assertThat(background.waiting()).isEqualTo(1);
            assertThat(state.snapshot().settings().threshold())
                    .as("old metrics until the new ones are ready")
                    .isEqualTo(0.5);
            state.edit("review", s -> s.setReviewed(RoaringBitmap.bitmapOf(3, 6), true));
            state.edit("tag", s -> s.setTag("checked", RoaringBitmap.bitmapOf(3, 6), true));
            background.runAll();

            TagMetrics checked = tag(state.snapshot(), "checked");
            assertThat(state.snapshot().settings().threshold()).isEqualTo(0.7);
            assertThat(checked.count()).isEqualTo(2);
            RoaringBitmap expected =
                    RoaringBitmap.and(RoaringBitmap.bitmapOf(3, 6), ScoreOnlyProject.errorsAt(0.7, null));
            assertThat(checked.errors()).isEqualTo(expected.getCardinality()).isEqualTo(2);
        } finally {
            state.detach();
            state.project().close();
        }
    }

    /** Moved on to 0.6 while 0.7 is computed: the 0.7 metrics are never shown, and 0.6 is what stays. */
    @Test
    void aNewerChangeWhileOneIsComputedDropsTheStaleResult() throws Exception {
        QueuedBackground background = new QueuedBackground();
        ProjectState state = stateOn(new ScoreOnlyProject(folder).projectFile, background);
        try {
            int revision = state.revisionProperty().get();
            state.changeSettings(state.project().settings().withThreshold(0.7));
            state.changeSettings(state.project().settings().withThreshold(0.6));
            state.changeSettings(state.project().settings().withThreshold(0.65));

            background.runNext();
            assertThat(state.snapshot().settings().threshold()).isEqualTo(0.5);
            assertThat(state.revisionProperty().get()).isEqualTo(revision);
            background.runAll();

            assertThat(state.revisionProperty().get()).isEqualTo(revision + 1);
            assertThat(state.snapshot().settings().threshold()).isEqualTo(0.65);
            assertThat(state.snapshot().errorRows().errors()).isEqualTo(ScoreOnlyProject.errorsAt(0.65, null));
            assertThat(state.project().settings().threshold()).isEqualTo(0.65);
        } finally {
            state.detach();
            state.project().close();
        }
    }
}
