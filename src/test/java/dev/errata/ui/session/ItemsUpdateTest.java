package dev.errata.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ItemsUpdateTest {

    private final ObservableList<String> items = FXCollections.observableArrayList("a", "b", "c");
    private final List<String> changes = new ArrayList<>();

    {
        items.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + ":" + change.getRemoved() + "->" + change.getAddedSubList());
            }
        });
    }

    @Test
    void replacesOnlyTheItemsThatDiffer() {
        ItemsUpdate.keepUnchanged(items, List.of("a", "x", "c"));

        assertThat(items).containsExactly("a", "x", "c");
        assertThat(changes).containsExactly("1:[b]->[x]");
    }

    @Test
    void announcesNothingWhenAllAreEqual() {
        ItemsUpdate.keepUnchanged(items, List.of("a", "b", "c"));

        assertThat(changes).isEmpty();
    }

    @Test
    void replacesTheWholeListWhenItsLengthChanges() {
        ItemsUpdate.keepUnchanged(items, List.of("a", "b"));

        assertThat(items).containsExactly("a", "b");
        assertThat(changes).containsExactly("0:[a, b, c]->[a, b]");
    }
}
