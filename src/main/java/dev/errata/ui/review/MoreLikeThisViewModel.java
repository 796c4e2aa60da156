package dev.errata.ui.review;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.report.NumberText;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.ui.background.Job;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.workbench.MoreLikeThisTag;
import java.util.function.Supplier;

/**
 * A tag's "More like this…": learns a rule from its reviewed rows off the FX thread, shows it with its
 * cross-validated precision and recall, and makes it a rule tag or walks the unreviewed rows it ranks
 * first; rows reviewed from there count as picked, not sampled.
 */
public final class MoreLikeThisViewModel {

    private final ProposalContext context;
    private final ProjectState state;
    private final ReviewDialogs dialogs;

    public MoreLikeThisViewModel(ProposalContext context) {
        this.context = context;
        this.state = context.state();
        this.dialogs = context.dialogs();
    }

    public void ask(String tag) {
        String failed = Messages.text("moreLike.failed", tag);
        Supplier<MoreLikeThis> learning;
        try {
            learning = MoreLikeThisTag.prepare(state.session(), tag);
        } catch (IllegalArgumentException e) {
            dialogs.showError(failed, e.getMessage());
            return;
        }
        context.background()
                .submit(new Job<>(
                        Messages.text("moreLike.learning", tag),
                        steps -> learning.get(),
                        found -> act(tag, found),
                        failure -> dialogs.showError(failed, failure.getMessage())));
    }

    private void act(String tag, MoreLikeThis found) {
        switch (dialogs.moreLikeThis(tag, found)) {
            case RULE_TAG ->
                state.edit(
                        Messages.text("moreLike.failed", tag),
                        session -> session.createTag(TagDefinition.rule(
                                state.freeTagName(Messages.text("moreLike.tagName", tag)),
                                TagPalette.color(session.tags().size()),
                                found.rule())));
            case REVIEW -> {
                int[] order =
                        found.unreviewed().stream().mapToInt(Integer::intValue).toArray();
                context.walk(
                        RowSubset.ordered(Messages.text("moreLike.walk", NumberText.count(order.length), tag), order),
                        order[0]);
            }
            case CLOSE -> {}
        }
    }
}
