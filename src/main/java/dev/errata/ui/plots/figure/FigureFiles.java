package dev.errata.ui.plots.figure;

import java.nio.file.Path;
import java.util.Optional;

/** Where to save a figure: a file chooser in the window, a fixed folder in tests. */
public interface FigureFiles {

    /** @param extension "png" or "svg" */
    Optional<Path> chooseTarget(String suggestedName, String extension);
}
