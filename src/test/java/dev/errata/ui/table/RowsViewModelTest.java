package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.workbench.rows.SortKey;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows are indices 0–9 for ids 1–10; the errors are rows 1, 3, 6 and 9. */
class RowsViewModelTest {

    @TempDir
    Path folder;

    Opened opened;
    RowsViewModel rows;

    @BeforeEach
    void open() throws Exception {
        opened = Opened.on(new SmallProject(folder).projectFile);
        rows = opened.workspace().rows();
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    private int[] shown() {
        return IntStream.range(0, rows.rows().size()).map(rows.rows()::rowAt).toArray();
    }

    @Test
    void showsEveryRowInFileOrderWithTheStatusCounts() {
        assertThat(shown()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(rows.statusProperty().get()).isEqualTo("10 rows · 4 errors · reviewed 0 of 4 errors");
        assertThat(opened.workspace().statusProperty().get())
                .isEqualTo(rows.statusProperty().get() + " · threshold 0.50 · saved "
                        + opened.workspace()
                                .state()
                                .savedAtProperty()
                                .get()
                                .toLocalTime()
                                .toString()
                                .substring(0, 5));
    }

    @Test
    void filtersToErrorsOnly() {
        rows.errorsOnlyProperty().set(true);
        assertThat(shown()).containsExactly(1, 3, 6, 9);
        assertThat(rows.statusProperty().get())
                .isEqualTo("10 rows · 4 errors · reviewed 0 of 4 errors · filter: 4 rows");
    }

    @Test
    void searchesEveryCellIgnoringCase() {
        rows.searchProperty().set("IOS");
        assertThat(shown()).containsExactly(2, 3, 8);
        rows.searchProperty().set("0.9");
        assertThat(shown()).containsExactly(0, 8);
    }

    @Test
    void keyOfATagTogglesItOnEverySelectedRow() {
        assertThat(rows.toggleShortcut(1, new int[] {1, 3})).contains("noisy");
        assertThat(opened.workspace().state().marks().rowsOf("noisy").toArray()).containsExactly(1, 3);
        rows.toggleShortcut(1, new int[] {3, 6});
        assertThat(opened.workspace().state().marks().rowsOf("noisy").toArray()).containsExactly(1, 3, 6);
        rows.toggleShortcut(1, new int[] {1, 3, 6});
        assertThat(opened.workspace().state().marks().rowsOf("noisy").isEmpty()).isTrue();
        assertThat(rows.toggleShortcut(2, new int[] {1})).isEmpty();
    }

    @Test
    void untaggedAndTagFiltersFollowTheMarks() {
        rows.toggleTag("noisy", new int[] {0, 1});
        rows.untaggedProperty().set(true);
        assertThat(shown()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        rows.untaggedProperty().set(false);
        rows.tagFilterProperty().set("noisy");
        assertThat(shown()).containsExactly(0, 1);
    }

    @Test
    void notReviewedLeavesOutReviewedRowsAndStatusCountsReviewedErrors() {
        opened.workspace()
                .state()
                .edit("review", s -> s.setReviewed(org.roaringbitmap.RoaringBitmap.bitmapOf(1, 2), true));
        assertThat(rows.statusProperty().get()).endsWith("reviewed 1 of 4 errors");
        rows.notReviewedProperty().set(true);
        assertThat(shown()).containsExactly(0, 3, 4, 5, 6, 7, 8, 9);
    }

    /** The project's counts stay whole under a filter; only the part labelled "filter" follows it. */
    @Test
    void statusCountsTheWholeProjectAndLabelsTheFiltersCount() {
        opened.workspace()
                .state()
                .edit("review", s -> s.setReviewed(org.roaringbitmap.RoaringBitmap.bitmapOf(1, 3, 4), true));
        rows.toggleTag("noisy", new int[] {1, 4});
        rows.tagFilterProperty().set("noisy");
        assertThat(shown()).containsExactly(1, 4);
        assertThat(rows.statusProperty().get())
                .isEqualTo("10 rows · 4 errors · reviewed 2 of 4 errors · filter: 2 rows");
        assertThat(rows.reviewProgressProperty().get()).isEqualTo("reviewed 2 of 4 errors");
        rows.tagFilterProperty().set(null);
        assertThat(rows.statusProperty().get()).isEqualTo("10 rows · 4 errors · reviewed 2 of 4 errors");
    }

    @Test
    void sortsNumbersAsNumbersTextAlphabeticallyAndErrorsFirst() {
        rows.sortProperty().set(SortKey.column("score", false));
        assertThat(shown()).startsWith(8, 0, 4, 3, 9);
        rows.sortProperty().set(SortKey.column("id", false));
        assertThat(shown()).startsWith(9, 8, 7);
        rows.sortProperty().set(SortKey.column("device", true));
        assertThat(shown()).containsExactly(0, 1, 4, 7, 9, 2, 3, 8, 5, 6);
        rows.sortProperty().set(SortKey.error(false));
        assertThat(shown()).containsExactly(1, 3, 6, 9, 0, 2, 4, 5, 7, 8);
    }
}
