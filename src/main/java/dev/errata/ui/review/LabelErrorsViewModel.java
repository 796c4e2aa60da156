package dev.errata.ui.review;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.discovery.LabelErrors;
import dev.errata.report.NumberText;
import dev.errata.ui.background.Job;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.workbench.LabelErrorsReview;
import java.util.Arrays;

/**
 * Review → Find label-error suspects…: finds them off the FX thread, adds the hand tag that confirms one,
 * and shows the suspects alone, least self-confident first, from the first not yet reviewed, so J, K, the
 * tag's key and R walk them.
 */
public final class LabelErrorsViewModel {

    private final ProposalContext context;
    private final ProjectState state;
    private final ReviewDialogs dialogs;

    public LabelErrorsViewModel(ProposalContext context) {
        this.context = context;
        this.state = context.state();
        this.dialogs = context.dialogs();
    }

    public void find() {
        Dataset data = state.session().dataset();
        ColumnRoles roles = state.project().roles();
        String failed = Messages.text("labelErrors.failed");
        context.background()
                .submit(new Job<>(
                        Messages.text("labelErrors.finding"),
                        steps -> LabelErrors.of(data, roles),
                        this::show,
                        failure -> dialogs.showError(failed, failure.getMessage())));
    }

    private void show(LabelErrors found) {
        if (found.suspects().isEmpty()) {
            dialogs.notify(Messages.text("labelErrors.none", NumberText.count(found.rowsConsidered())));
            return;
        }
        if (!state.edit(Messages.text("labelErrors.failed"), LabelErrorsReview::prepare)) {
            return;
        }
        int[] order =
                found.suspects().stream().mapToInt(LabelErrors.Suspect::row).toArray();
        int first = Arrays.stream(order)
                .filter(row -> !state.marks().reviewed().contains(row))
                .findFirst()
                .orElse(order[0]);
        context.walk(
                RowSubset.ordered(
                        Messages.text("labelErrors.walk", NumberText.count(order.length), LabelErrorsReview.TAG),
                        order),
                first);
    }
}
