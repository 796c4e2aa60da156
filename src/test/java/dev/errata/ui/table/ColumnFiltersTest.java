package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counted by hand from {@link SmallProject}: scores from 0.3 to 0.8 are rows 2, 4, 5, 7 and 10 (ids); of
 * them on android, ids 2, 5 and 10; of those the errors, ids 2 and 10.
 */
class ColumnFiltersTest {

    @TempDir
    Path folder;

    Opened opened;
    ColumnFilters filters;
    RowsViewModel rows;

    @BeforeEach
    void open() throws Exception {
        opened = Opened.on(new SmallProject(folder).projectFile);
        filters = opened.workspace().columnFilters();
        rows = opened.workspace().rows();
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    private String shownIds() {
        StringBuilder ids = new StringBuilder();
        for (int row : rows.rows().indices()) {
            ids.append(ids.length() == 0 ? "" : " ").append(rows.dataset().rowId(row));
        }
        return ids.toString();
    }

    @Test
    void keepsTheRowsInANumberRangeWithAValueOfATextColumnAndTheOtherFilters() {
        assertThat(filters.filterNumbers("score", "0.3", " 0.8 ")).isTrue();
        assertThat(shownIds()).isEqualTo("2 4 5 7 10");
        filters.filterText("device", "android");
        assertThat(shownIds()).isEqualTo("2 5 10");
        rows.errorsOnlyProperty().set(true);
        assertThat(shownIds()).isEqualTo("2 10");
        assertThat(rows.statusProperty().get())
                .isEqualTo("10 rows · 4 errors · reviewed 0 of 4 errors · filter: 2 rows");
    }

    @Test
    void anOpenBoundKeepsEverythingOnThatSideAndClearingShowsEveryRowAgain() {
        filters.filterNumbers("score", "", "0.2");
        assertThat(shownIds()).isEqualTo("3 6 8");
        filters.filterNumbers("score", "0.9", "");
        assertThat(shownIds()).isEqualTo("1 9");
        filters.clear("score");
        assertThat(rows.rows()).hasSize(10);
        assertThat(filters.condition("score")).isEmpty();
    }

    @Test
    void refusesABoundThatIsNoNumberAndKeepsTheFilterItHad() {
        filters.filterNumbers("score", "0.9", "");
        assertThat(filters.filterNumbers("score", "abc", "")).isFalse();
        assertThat(shownIds()).isEqualTo("1 9");
        assertThat(filters.values("device")).containsExactly("android", "ios", "web");
        assertThat(filters.isText("device")).isTrue();
        assertThat(filters.isText("score")).isFalse();
    }
}
