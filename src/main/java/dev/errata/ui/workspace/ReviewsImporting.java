package dev.errata.ui.workspace;

import dev.errata.tags.TagSession;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.workbench.reviews.ReviewChanges;
import dev.errata.workbench.reviews.ReviewsImport;
import dev.errata.workbench.reviews.ReviewsOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * File → Import reviews…: hand tags, review marks and notes from a CSV made elsewhere, read off the FX
 * thread and merged on it as one step of history, so one undo takes the whole import back. A tag the
 * project lacks is created, as that undo removes it again; an unknown id is refused, as on the command line.
 */
public final class ReviewsImporting {

    private static final ReviewsOptions OPTIONS = new ReviewsOptions(true, false);

    private final ProjectState state;
    private final Background background;
    private final Dialogs dialogs;

    ReviewsImporting(ProjectState state, Background background, Dialogs dialogs) {
        this.state = state;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Asks for the CSV and imports it. */
    public void importChosen() {
        dialogs.chooseCsv(Messages.text("reviews.choose")).ifPresent(this::importFile);
    }

    private void importFile(Path file) {
        TagSession session = state.session();
        var data = session.dataset();
        var tags = session.tags();
        Path projectFile = state.project().file();
        String failed = Messages.text("reviews.failed", file.getFileName());
        background.submit(new Job<>(
                Messages.text("reviews.reading", file.getFileName()),
                progress -> ReviewsImport.read(file, projectFile, data, tags, OPTIONS),
                changes -> merge(changes, failed),
                failure -> dialogs.showError(failed, failure.getMessage())));
    }

    private void merge(ReviewChanges changes, String failed) {
        List<String> summary = changes.summary(state.session());
        if (state.edit(failed, changes::applyTo)) {
            dialogs.notify(String.join("\n", summary));
        }
    }
}
