package dev.errata.ui;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.importing.ImportViewModel;
import dev.errata.ui.review.MoreLikeThisChoice;
import dev.errata.ui.review.SampleDrawViewModel;
import dev.errata.ui.tags.TagEditorViewModel;
import dev.errata.ui.workspace.WindowDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Answers the window's questions as a test scripts them, and remembers what it was shown. */
public final class FakeDialogs implements WindowDialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public Path fileToOpen;
    public List<Path> projectsToOpen = List.of();
    public Path csvToChoose;
    public Path fileToSave;
    public final List<String> notices = new ArrayList<>();
    public final List<String> tables = new ArrayList<>();
    /** Loads every CSV as detected unless a test says otherwise. */
    public Predicate<ImportViewModel> importer = importing -> true;

    public UnsavedChoice unsavedChoice = UnsavedChoice.CANCEL;
    public int unsavedQuestions;
    public Predicate<TagEditorViewModel> tagEditor = editor -> false;
    public Predicate<SampleDrawViewModel> sampleDraw = form -> false;
    /** The answer to "More like this…"; the rules shown are kept in {@link #moreLikeShown}. */
    public MoreLikeThisChoice moreLikeChoice = MoreLikeThisChoice.CLOSE;

    public final List<MoreLikeThis> moreLikeShown = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showWarnings(String title, List<String> shown) {
        warnings.addAll(shown);
    }

    @Override
    public void showTable(String title, String text) {
        tables.add(text);
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public List<Path> chooseProjects(String title) {
        return projectsToOpen;
    }

    @Override
    public Optional<Path> chooseCsv(String title) {
        return Optional.ofNullable(csvToChoose);
    }

    @Override
    public Optional<Path> chooseDataFile(String title) {
        return Optional.ofNullable(csvToChoose);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public boolean confirmImport(ImportViewModel importing) {
        return importer.test(importing);
    }

    @Override
    public UnsavedChoice askUnsaved(String projectName) {
        unsavedQuestions++;
        return unsavedChoice;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public boolean editTag(TagEditorViewModel editor) {
        return tagEditor.test(editor);
    }

    @Override
    public boolean drawSample(SampleDrawViewModel form) {
        return sampleDraw.test(form);
    }

    @Override
    public MoreLikeThisChoice moreLikeThis(String tag, MoreLikeThis found) {
        moreLikeShown.add(found);
        return moreLikeChoice;
    }
}
