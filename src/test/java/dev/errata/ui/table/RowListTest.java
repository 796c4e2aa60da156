package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

/** A replacement is one change, as JavaFX's own lists would report it, read by a listener and by a list built on it. */
class RowListTest {

    private record Seen(int from, int to, boolean replaced, List<Integer> removed, List<Integer> added) {}

    private static List<Seen> changesOf(RowList list, int[] replacement) {
        List<Seen> seen = new ArrayList<>();
        ListChangeListener<Integer> listener = change -> {
            while (change.next()) {
                seen.add(new Seen(
                        change.getFrom(),
                        change.getTo(),
                        change.wasReplaced(),
                        List.copyOf(change.getRemoved()),
                        List.copyOf(change.getAddedSubList())));
            }
        };
        list.addListener(listener);
        list.replace(replacement);
        list.removeListener(listener);
        return seen;
    }

    @Test
    void aReplacementReportsTheOldRowsAsRemovedAndTheNewAsAdded() {
        RowList list = new RowList();
        assertThat(changesOf(list, new int[] {4, 2, 9}))
                .containsExactly(new Seen(0, 3, false, List.of(), List.of(4, 2, 9)));
        assertThat(changesOf(list, new int[] {7, 1}))
                .containsExactly(new Seen(0, 2, true, List.of(4, 2, 9), List.of(7, 1)));
        assertThat(changesOf(list, new int[0])).containsExactly(new Seen(0, 0, false, List.of(7, 1), List.of()));
        assertThat(changesOf(list, new int[0])).isEmpty();
    }

    @Test
    void aListBuiltOnTheRowsFollowsTheirReplacement() {
        RowList list = new RowList();
        SortedList<Integer> sorted = new SortedList<>(list, Integer::compare);
        list.replace(new int[] {5, 3, 8});
        list.replace(new int[] {6, 0, 2, 1});
        assertThat(sorted).containsExactly(0, 1, 2, 6);
        list.replace(new int[] {9});
        assertThat(sorted).containsExactly(9);
    }
}
