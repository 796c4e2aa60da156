package dev.errata.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions any part of the window asks the user, behind an interface so ViewModels are tested with a
 * fake. A feature's own dialogs are declared by the feature (ImportDialogs, TagDialogs), which keeps this
 * package below the features that use it.
 */
public interface Dialogs {

    /** What to do with unsaved changes before the project closes. */
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    void showError(String title, String message);

    void showWarnings(String title, List<String> warnings);

    /** Shows a text laid out in columns (a table), in a fixed-width font. */
    void showTable(String title, String text);

    /** A project file or a CSV to open. */
    Optional<Path> chooseFileToOpen();

    /** One or more project files to read, e.g. other analysts' projects; empty when the user cancels. */
    List<Path> chooseProjects(String title);

    /** A CSV file to read, e.g. analysts' reviews to import. */
    Optional<Path> chooseCsv(String title);

    /** A data file to read, CSV or Parquet, e.g. the predictions to join to a dataset. */
    Optional<Path> chooseDataFile(String title);

    /**
     * A file to write, offering the types in order (the first is the default).
     *
     * @param suggestedName the name the dialog starts with, e.g. {@code churn-report.html}
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /** A short message that needs no answer, e.g. that a file was written. */
    void notify(String message);

    UnsavedChoice askUnsaved(String projectName);

    /** A line of text, e.g. a row's note or a tag's new name; empty when the user cancels. */
    Optional<String> askText(String title, String prompt, String initial);
}
