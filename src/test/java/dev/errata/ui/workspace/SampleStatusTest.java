package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.ReviewQueue;
import dev.errata.ui.Opened;
import dev.errata.ui.ProjectOnDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows drawn from larger data (a sample the Spark job wrote) have hand-tag estimates for that larger data;
 * the status bar says how many rows they speak for, beside the sample's own count.
 */
class SampleStatusTest {

    private static final String CSV = "id,label,pred\n1,a,a\n2,a,b\n";

    @TempDir
    Path root;

    @Test
    void theStatusSaysHowManyRowsTheHandTagEstimatesSpeakForWhenTheRowsAreASampleOfMore() throws Exception {
        // one error and one correct row, drawn from 40 errors and 60 correct rows
        Path sample = ProjectOnDisk.create(
                root,
                "sample",
                CSV,
                session -> session.setReviewQueue(new ReviewQueue(
                        1,
                        1,
                        1,
                        null,
                        List.of(
                                new ReviewQueue.Stratum("errors", true, 40, 1),
                                new ReviewQueue.Stratum("correct rows", false, 60, 1)),
                        List.of(1, 0),
                        false,
                        Map.of())));
        Path own = ProjectOnDisk.create(Files.createDirectory(root.resolve("own")), "own", CSV, session -> {});

        try (Opened opened = Opened.on(sample)) {
            assertThat(opened.workspace().statusProperty().get())
                    .startsWith("2 rows · 1 error")
                    .contains(" · hand tags estimated for 100 rows · ");
        }
        try (Opened opened = Opened.on(own)) {
            assertThat(opened.workspace().statusProperty().get()).doesNotContain("estimated for");
        }
    }
}
