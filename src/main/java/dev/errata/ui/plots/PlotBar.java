package dev.errata.ui.plots;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The controls above a plot, each at its full width so no label is cut to "…"; they wrap onto a second
 * line rather than widen the tab beyond the window.
 */
public final class PlotBar {

    private PlotBar() {}

    public static FlowPane of(Node... controls) {
        FlowPane bar = new FlowPane(8, 6, controls);
        bar.getStyleClass().add("plot-bar");
        for (Node control : controls) {
            if (control instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return bar;
    }
}
