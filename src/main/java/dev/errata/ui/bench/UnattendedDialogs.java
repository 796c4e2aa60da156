package dev.errata.ui.bench;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.importing.ImportViewModel;
import dev.errata.ui.review.MoreLikeThisChoice;
import dev.errata.ui.review.SampleDrawViewModel;
import dev.errata.ui.tags.TagEditorViewModel;
import dev.errata.ui.workspace.WindowDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's answers to the window's questions: no one is there, so every question is declined and
 * every error is kept, to end the benchmark with it rather than wait for a click.
 */
final class UnattendedDialogs implements WindowDialogs {

    private final List<String> errors = new ArrayList<>();

    /** The errors the window showed, as "title: message"; touched on the FX thread only. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showWarnings(String title, List<String> warnings) {}

    @Override
    public void showTable(String title, String text) {}

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseProjects(String title) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseCsv(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseDataFile(String title) {
        return Optional.empty();
    }

    @Override
    public boolean confirmImport(ImportViewModel importing) {
        return false;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.empty();
    }

    @Override
    public void notify(String message) {}

    /** The benchmark's edits are not the user's: they are let go, journal and all. */
    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        return UnsavedChoice.DISCARD;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public boolean editTag(TagEditorViewModel editor) {
        return false;
    }

    @Override
    public boolean drawSample(SampleDrawViewModel form) {
        return false;
    }

    @Override
    public MoreLikeThisChoice moreLikeThis(String tag, MoreLikeThis found) {
        return MoreLikeThisChoice.CLOSE;
    }
}
