package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.FakeDialogs;
import dev.errata.ui.Opened;
import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.background.QueuedBackground;
import dev.errata.ui.session.OpenedProject;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.session.RowMarks;
import dev.errata.workbench.AnalysisSettings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On data large enough to filter off the FX thread, the table shows the newest filter only: a filter asked
 * for while another runs replaces it, and the older one's rows never reach the table.
 */
class RowsViewModelLargeDataTest {

    @TempDir
    Path folder;

    @Test
    void ofFiltersAskedForInARowOnlyTheNewestIsShown() throws Exception {
        // rows alternate between devices a and b; row r is an error when r is a multiple of 4
        StringBuilder csv = new StringBuilder("id,label,prediction,device\n");
        for (int r = 0; r < RowsViewModel.BACKGROUND_ROWS; r++) {
            csv.append(r)
                    .append(",1,")
                    .append(r % 4 == 0 ? 0 : 1)
                    .append(',')
                    .append(r % 2 == 0 ? "a" : "b")
                    .append('\n');
        }
        Path file = ProjectOnDisk.create(folder, "large", csv.toString(), session -> {});
        QueuedBackground background = new QueuedBackground();
        try (Project project = new ProjectOpener().open(file, Progress.NONE)) {
            MetricsSnapshot first = MetricsSnapshot.compute(
                    project.dataset(),
                    project.roles(),
                    AnalysisSettings.of(project.settings(), project.session(), MetricsSettings.defaults()),
                    RowMarks.of(project.session()).inputs());
            ProjectState state = new ProjectState(
                    new OpenedProject(project, first, LocalDateTime.now(Opened.CLOCK)),
                    background,
                    new FakeDialogs(),
                    Opened.CLOCK);
            RowsViewModel rows = new RowsViewModel(state, background);
            background.runAll();
            assertThat(rows.rows().indices()).hasSize(RowsViewModel.BACKGROUND_ROWS);

            rows.errorsOnlyProperty().set(true);
            rows.searchProperty().set("b");
            rows.searchProperty().set("a");
            assertThat(background.waiting()).as("one runs, the newest waits").isEqualTo(1);
            background.runAll();

            // errors (multiples of 4) are all on device a: every error matches "a", none would match "b"
            assertThat(rows.rows().indices()).hasSize(RowsViewModel.BACKGROUND_ROWS / 4);
            assertThat(rows.statusProperty().get()).startsWith("200,000 rows").endsWith("filter: 50,000 rows");
        }
    }
}
