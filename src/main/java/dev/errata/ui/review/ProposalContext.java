package dev.errata.ui.review;

import dev.errata.ui.background.Background;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.ui.table.RowsViewModel;

/**
 * What the window's proposals (label-error suspects, more like a tag) work with, and the one way they show
 * rows to review: alone in the table in their order, a given row selected.
 */
public record ProposalContext(
        ProjectState state, RowsViewModel rows, ReviewViewModel review, Background background, ReviewDialogs dialogs) {

    /** Shows the rows alone in their order and selects {@code first}, so J, K, the tag keys and R walk them. */
    public void walk(RowSubset rowsInOrder, int first) {
        rows.showOnly(
                rowsInOrder, () -> review.positionProperty().set(rows.rows().positionOf(first)));
    }
}
