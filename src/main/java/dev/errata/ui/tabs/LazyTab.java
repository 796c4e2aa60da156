package dev.errata.ui.tabs;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is made when the tab is first shown. A tab that is not shown is still styled and laid
 * out, and its views follow every edit: with all of them made at once, a project opened seconds later and a
 * tag key redrew a chart nobody was looking at.
 */
public final class LazyTab {

    private LazyTab() {}

    public static Tab of(String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
