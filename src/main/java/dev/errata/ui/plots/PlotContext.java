package dev.errata.ui.plots;

import dev.errata.ui.background.Background;
import dev.errata.ui.plots.figure.FigureFiles;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * What a plot view needs from the window around it to save its figure: where to write, on which thread, and
 * whom to tell when that fails. An interface, so the views do not know the tabs that hold them.
 */
public interface PlotContext {

    /** Asks the user for the files a figure is saved to, with {@code owner} as the dialogs' owner. */
    FigureFiles files(Node owner);

    Background background();

    Consumer<Exception> onFailed();
}
