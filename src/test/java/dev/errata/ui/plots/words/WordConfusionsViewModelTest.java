package dev.errata.ui.plots.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.WordConfusions;
import dev.errata.ui.Opened;
import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.table.RowSubset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word confusion in its tab filters the row table to the rows that hold it. */
class WordConfusionsViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aConfusionShowsTheRowsWhoseAlignmentHoldsIt() throws Exception {
        // by hand: ids 1, 3 and 6 hear "two" as "to"; id 2 says "to" rightly; id 4 drops "two"
        Path project = ProjectOnDisk.create(folder, "heard", """
                id,label,prediction
                1,book two tickets for the show,book to tickets for the show
                2,go to the station before noon,go to the station before noon
                3,i need two more of those please,i need to more of those please
                4,we have two cats at home now,we have cats at home now
                5,play the next song on the list,play the next song on the list
                6,the two of us will go there,the to of us will go there
                """, session -> {});
        try (Opened opened = Opened.on(project)) {
            WordConfusionsViewModel model =
                    new WordConfusionsViewModel(opened.workspace().plots());
            WordConfusions.Confusion first = model.confusions().get(0);
            assertThat(first.reference() + " → " + first.recognised() + " × " + first.count())
                    .isEqualTo("two → to × 3");

            model.showRows(first);

            RowSubset shown = opened.workspace().rows().subsetProperty().get();
            assertThat(shown.description()).isEqualTo("“two” heard as “to”: 3 rows");
            List<String> ids = new ArrayList<>();
            for (int at = 0; at < opened.workspace().rows().rows().size(); at++) {
                ids.add(opened.workspace()
                        .rows()
                        .dataset()
                        .rowId(opened.workspace().rows().rows().rowAt(at)));
            }
            assertThat(ids).containsExactly("1", "3", "6");
        }
    }
}
