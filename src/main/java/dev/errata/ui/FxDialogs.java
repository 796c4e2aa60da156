package dev.errata.ui;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.tags.TextLimit;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.importing.ImportDialog;
import dev.errata.ui.importing.ImportViewModel;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.review.MoreLikeThisChoice;
import dev.errata.ui.review.MoreLikeThisDialog;
import dev.errata.ui.review.SampleDrawDialog;
import dev.errata.ui.review.SampleDrawViewModel;
import dev.errata.ui.tags.TagEditorDialog;
import dev.errata.ui.tags.TagEditorViewModel;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/** The dialogs of the window, owned by it so they open centred over it, and in its theme. */
final class FxDialogs implements WindowDialogs {

    private final Window owner;
    private final ThemeChoice theme;

    FxDialogs(Window owner, ThemeChoice theme) {
        this.owner = owner;
        this.theme = theme;
    }

    /** Shows a dialog over the window in the window's theme and waits for the answer. */
    private <R> Optional<R> ask(Dialog<R> dialog) {
        if (dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        Stylesheet.apply(dialog.getDialogPane(), theme);
        return dialog.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        ask(alert(Alert.AlertType.ERROR, title, message));
    }

    @Override
    public void showWarnings(String title, List<String> warnings) {
        Alert alert = alert(Alert.AlertType.WARNING, title, null);
        TextArea text = new TextArea(String.join("\n\n", warnings));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        ask(alert);
    }

    @Override
    public void showTable(String title, String table) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        TextArea text = new TextArea(table);
        text.setId("table-text");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace");
        text.setPrefColumnCount(110);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        ask(alert);
    }

    private static Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message == null ? "" : message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return open(
                Messages.text("open.choose"),
                List.of(
                        new FileChooser.ExtensionFilter(
                                Messages.text("files.projectsAndData"), "*.errata.json", "*.csv", "*.parquet"),
                        new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*")));
    }

    @Override
    public List<Path> chooseProjects(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(Messages.text("files.project"), "*.errata.json"),
                        new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseCsv(String title) {
        return open(
                title,
                List.of(
                        new FileChooser.ExtensionFilter(Messages.text("files.csv"), "*.csv"),
                        new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*")));
    }

    @Override
    public Optional<Path> chooseDataFile(String title) {
        return open(
                title,
                List.of(
                        new FileChooser.ExtensionFilter(Messages.text("files.data"), "*.csv", "*.parquet"),
                        new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*")));
    }

    private Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        for (FileType type : types) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(type.description(), "*." + type.extension()));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(owner).text(message).showInformation();
    }

    @Override
    public boolean confirmImport(ImportViewModel importing) {
        return ask(new ImportDialog(owner, importing)).orElse(false);
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        ButtonType save = new ButtonType(Messages.text("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION, Messages.text("unsaved.message"), save, discard, ButtonType.CANCEL);
        alert.setTitle(Messages.text("unsaved.title"));
        alert.setHeaderText(Messages.text("unsaved.header", projectName));
        ButtonType answer = ask(alert).orElse(ButtonType.CANCEL);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        // notes and tag names are saved in the project file, which holds no longer text; a paste beyond is refused
        dialog.getEditor()
                .setTextFormatter(new TextFormatter<String>(
                        change -> change.getControlNewText().length() <= TextLimit.MAX_CHARS ? change : null));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        return ask(dialog);
    }

    @Override
    public boolean editTag(TagEditorViewModel editor) {
        return ask(new TagEditorDialog(owner, editor)).orElse(false);
    }

    @Override
    public boolean drawSample(SampleDrawViewModel form) {
        return ask(new SampleDrawDialog(owner, form)).orElse(false);
    }

    @Override
    public MoreLikeThisChoice moreLikeThis(String tag, MoreLikeThis found) {
        return ask(new MoreLikeThisDialog(owner, tag, found)).orElse(MoreLikeThisChoice.CLOSE);
    }
}
