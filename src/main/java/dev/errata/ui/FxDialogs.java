package dev.errata.ui;

import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.importing.ImportDialog;
import dev.errata.ui.importing.ImportViewModel;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.tags.TagEditorDialog;
import dev.errata.ui.tags.TagEditorViewModel;
import dev.errata.ui.tags.TagSettingsDialog;
import dev.errata.ui.tags.TagSettingsViewModel;
import dev.errata.ui.tags.WebColor;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/** The dialogs of the window, owned by it so they open centred over it. */
final class FxDialogs implements Dialogs {

    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.showAndWait();
    }

    @Override
    public void showWarnings(String title, List<String> warnings) {
        Alert alert = alert(Alert.AlertType.WARNING, title, null);
        TextArea text = new TextArea(String.join("\n\n", warnings));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message == null ? "" : message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a project or a CSV file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Projects and CSV files", "*.errata.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsv(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("files.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), "*." + type.extension()));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(owner).text(message).showInformation();
    }

    @Override
    public boolean confirmImport(ImportViewModel importing) {
        return new ImportDialog(owner, importing).showAndWait().orElse(false);
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + projectName + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askColor(String title, String initial) {
        ColorPicker picker = new ColorPicker(Color.web(initial));
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? WebColor.of(picker.getValue()) : null);
        return dialog.showAndWait();
    }

    @Override
    public boolean editTag(TagEditorViewModel editor) {
        return new TagEditorDialog(owner, editor).showAndWait().orElse(false);
    }

    @Override
    public boolean editTagSettings(TagSettingsViewModel settings) {
        return new TagSettingsDialog(owner, settings).showAndWait().orElse(false);
    }
}
