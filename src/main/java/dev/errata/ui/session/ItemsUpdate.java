package dev.errata.ui.session;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings a view's items up to date by replacing only those that changed. After an edit most lines of a
 * panel are equal to what they were; a list replaced whole makes its view rebuild and restyle every line,
 * which costs more than a frame.
 */
public final class ItemsUpdate {

    private ItemsUpdate() {}

    public static <T> void keepUnchanged(ObservableList<T> items, List<T> fresh) {
        if (items.size() != fresh.size()) {
            items.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!items.get(i).equals(fresh.get(i))) {
                items.set(i, fresh.get(i));
            }
        }
    }
}
