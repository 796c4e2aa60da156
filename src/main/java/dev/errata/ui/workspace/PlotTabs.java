package dev.errata.ui.workspace;

import dev.errata.compare.VersionHistory;
import dev.errata.project.Project;
import dev.errata.ui.background.Background;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.PlotInputs;
import dev.errata.ui.plots.calibration.CalibrationView;
import dev.errata.ui.plots.calibration.CalibrationViewModel;
import dev.errata.ui.plots.compare.CompareView;
import dev.errata.ui.plots.compare.CompareViewModel;
import dev.errata.ui.plots.confusion.ConfusionView;
import dev.errata.ui.plots.confusion.ConfusionViewModel;
import dev.errata.ui.plots.figure.ChosenFigureFiles;
import dev.errata.ui.plots.figure.FigureFiles;
import dev.errata.ui.plots.history.HistoryView;
import dev.errata.ui.plots.residuals.ResidualsView;
import dev.errata.ui.plots.residuals.ResidualsViewModel;
import dev.errata.ui.plots.slices.SlicesView;
import dev.errata.ui.plots.slices.SlicesViewModel;
import dev.errata.ui.plots.thresholds.ThresholdsView;
import dev.errata.ui.plots.thresholds.ThresholdsViewModel;
import dev.errata.ui.plots.words.WordConfusionsView;
import dev.errata.ui.plots.words.WordConfusionsViewModel;
import dev.errata.ui.tabs.LazyTab;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;

/** The plot tabs that fit the project's task, and the context their views save figures in. */
final class PlotTabs implements PlotContext {

    private final PlotInputs inputs;

    private PlotTabs(PlotInputs inputs) {
        this.inputs = inputs;
    }

    static List<Tab> of(PlotInputs inputs) {
        PlotTabs tabs = new PlotTabs(inputs);
        List<Tab> all = new ArrayList<>();
        if (ConfusionViewModel.applies(inputs)) {
            all.add(tabs.tab("confusion", () -> new ConfusionView(new ConfusionViewModel(inputs), tabs)));
        }
        all.add(tabs.tab("slices", () -> new SlicesView(new SlicesViewModel(inputs), tabs)));
        if (ThresholdsViewModel.applies(inputs)) {
            all.add(tabs.tab("thresholds", () -> new ThresholdsView(new ThresholdsViewModel(inputs), tabs)));
        }
        if (ResidualsViewModel.applies(inputs)) {
            all.add(tabs.tab("residuals", () -> new ResidualsView(new ResidualsViewModel(inputs), tabs)));
        }
        if (WordConfusionsViewModel.applies(inputs)) {
            all.add(tabs.tab("words", () -> new WordConfusionsView(new WordConfusionsViewModel(inputs))));
        }
        if (CalibrationViewModel.applies(inputs)) {
            all.add(tabs.tab("calibration", () -> new CalibrationView(new CalibrationViewModel(inputs), tabs)));
        }
        if (CompareViewModel.applies(inputs)) {
            all.add(tabs.tab("compare", () -> new CompareView(new CompareViewModel(inputs))));
        }
        Project project = inputs.state().project();
        if (!project.history().isEmpty()) {
            all.add(tabs.tab(
                    "history", () -> new HistoryView(VersionHistory.of(project.history(), project.models()), tabs)));
        }
        return all;
    }

    /**
     * A tab, titled from the bundle's "plots.tab.NAME", whose content shows below it why a plot failed, if one
     * did. Made when first shown, as each plot computes over every row: a project opened with all of them at
     * once kept both cores from the table and the panel for seconds.
     */
    private Tab tab(String name, Supplier<Node> content) {
        Tab tab = LazyTab.of(Messages.text("plots.tab." + name), () -> {
            Label problem = new Label();
            problem.getStyleClass().add("plot-problem");
            problem.textProperty().bind(inputs.problemProperty());
            problem.managedProperty().bind(inputs.problemProperty().isNotEmpty());
            BorderPane pane = new BorderPane(content.get());
            pane.setBottom(problem);
            return pane;
        });
        tab.setId(name + "-tab");
        return tab;
    }

    @Override
    public FigureFiles files(Node owner) {
        return new ChosenFigureFiles(owner);
    }

    @Override
    public Background background() {
        return inputs.background();
    }

    @Override
    public Consumer<Exception> onFailed() {
        return inputs::failed;
    }
}
