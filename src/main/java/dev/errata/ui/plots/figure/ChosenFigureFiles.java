package dev.errata.ui.plots.figure;

import dev.errata.ui.messages.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** Asks the user where to save, with a file chooser over the window of a node. */
public final class ChosenFigureFiles implements FigureFiles {

    private final Node owner;

    public ChosenFigureFiles(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseTarget(String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.text("plots.files.image", extension.toUpperCase(Locale.ROOT)), "*." + extension));
        File file = chooser.showSaveDialog(
                owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
