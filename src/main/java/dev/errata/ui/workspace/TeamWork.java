package dev.errata.ui.workspace;

import dev.errata.data.Dataset;
import dev.errata.project.ProjectMerge;
import dev.errata.report.NumberText;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.review.ReviewViewModel;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.ui.table.RowsViewModel;
import dev.errata.workbench.Agreement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * This project beside other analysts' over the same data: Review → Agreement with other projects… and
 * File → Merge another project…. Both compare the files as saved, so the project is saved first, and both
 * run off the FX thread; the work is the application layer's, which the commands call too.
 */
public final class TeamWork {

    private static final List<FileType> PROJECT = List.of(new FileType("Errata project", "errata.json"));

    private final ProjectState state;
    private final RowsViewModel rows;
    private final ReviewViewModel review;
    private final Background background;
    private final Dialogs dialogs;

    TeamWork(ProjectState state, RowsViewModel rows, ReviewViewModel review, Background background, Dialogs dialogs) {
        this.state = state;
        this.rows = rows;
        this.review = review;
        this.background = background;
        this.dialogs = dialogs;
    }

    /**
     * Asks for one or more other projects and shows each hand tag's kappa over the rows both reviewed, or
     * with three analysts or more Krippendorff's alpha over the rows two or more reviewed, as {@code errata
     * agreement} does; the rows in disagreement on any tag are then the table's rows, the first selected, for
     * J and K to walk.
     */
    public void agreementChosen() {
        List<Path> others = dialogs.chooseProjects(Messages.text("team.agreement.choose"));
        if (others.isEmpty()) {
            return;
        }
        String names = String.join(
                ", ", others.stream().map(p -> p.getFileName().toString()).toList());
        state.save(() -> {
            List<Path> projects = new ArrayList<>(List.of(state.project().file()));
            projects.addAll(others);
            String title = Messages.text("team.agreement.title", names);
            background.submit(new Job<>(
                    Messages.text("team.agreement.reading", names),
                    progress -> Agreement.between(projects),
                    agreement -> {
                        dialogs.showTable(title, agreement.table());
                        showDisagreements(agreement, names);
                    },
                    failure -> dialogs.showError(title, failure.getMessage())));
        });
    }

    private void showDisagreements(Agreement agreement, String others) {
        Dataset data = state.project().dataset();
        int[] contested = agreement.tags().stream()
                .flatMap(t -> t.disagreements().stream())
                .distinct()
                .map(data::rowOf)
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .sorted()
                .toArray();
        if (contested.length > 0) {
            rows.showOnly(
                    RowSubset.ordered(
                            Messages.text("team.agreement.rows", NumberText.count(contested.length), others),
                            contested),
                    () -> review.positionProperty().set(0));
        }
    }

    /** Asks for the other project and where to write the merge, and writes it; this project stays open as it is. */
    public void mergeChosen() {
        dialogs.chooseFileToOpen()
                .ifPresent(other -> dialogs.chooseFileToSave(
                                Messages.text("team.merge.target"), "merged.errata.json", PROJECT)
                        .ifPresent(out -> state.save(() -> {
                            Path mine = state.project().file();
                            String title = Messages.text("team.merge.title", other.getFileName());
                            background.submit(new Job<>(
                                    Messages.text("team.merge.writing", out.getFileName()),
                                    progress -> ProjectMerge.union(mine, other, out, false, List.of()),
                                    outcome -> dialogs.showTable(title, summary(out, outcome)),
                                    failure -> dialogs.showError(title, failure.getMessage())));
                        })));
    }

    private static String summary(Path out, ProjectMerge.Outcome outcome) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("team.merge.wrote", out, outcome.disagreements().size()));
        lines.addAll(outcome.conflicts());
        return String.join("\n", lines);
    }
}
