package dev.errata.ui.review;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.ReviewSampler;
import dev.errata.report.NumberText;
import dev.errata.tags.QueueProgress;
import dev.errata.tags.ReviewQueue;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.ui.table.RowsViewModel;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The review queue in the window: drawing a sample (off the FX thread, then one undoable edit), walking the
 * queue's rows in review order from the first not yet reviewed, and how far its review has come.
 */
public final class ReviewQueueViewModel {

    private final ProjectState state;
    private final RowsViewModel rows;
    private final ReviewViewModel review;
    private final Background background;
    private final ReviewDialogs dialogs;
    private final LongSupplier seeds;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    /** The rows the table shows while the queue is walked; null when it is not. */
    private RowSubset walked;

    /** @param seeds the seed a new draw's form starts with */
    public ReviewQueueViewModel(
            ProjectState state,
            RowsViewModel rows,
            ReviewViewModel review,
            Background background,
            ReviewDialogs dialogs,
            LongSupplier seeds) {
        this.state = state;
        this.rows = rows;
        this.review = review;
        this.background = background;
        this.dialogs = dialogs;
        this.seeds = seeds;
        state.revisionProperty().addListener((obs, old, edits) -> edited());
        rows.subsetProperty().addListener((obs, old, subset) -> {
            if (subset != walked) {
                walked = null;
            }
        });
        edited();
    }

    private void edited() {
        Optional<ReviewQueue> queue = state.session().reviewQueue();
        present.set(queue.isPresent());
        progress.set(queue.map(q -> progressText(q.progress(state.marks().reviewed(), errors().errors())))
                .orElse(""));
        // a walk of a queue since replaced or undone would show rows no longer queued
        if (walked != null
                && !queue.map(q -> q.rowsFor(analyst()).equals(walkedRows())).orElse(false)) {
            rows.subsetProperty().set(null);
        }
    }

    private List<Integer> walkedRows() {
        return Arrays.stream(walked.order()).boxed().toList();
    }

    private static String progressText(QueueProgress p) {
        return Messages.text(
                "queue.progress",
                NumberText.count(p.reviewedErrors()),
                NumberText.count(p.errors()),
                NumberText.count(p.reviewedCorrect()),
                NumberText.count(p.correct()));
    }

    private ErrorRows errors() {
        return state.snapshot().errorRows();
    }

    /**
     * Asks for the sample's counts, slice column and seed, draws it off the FX thread and sets it as the
     * queue in one edit, which undo takes back.
     */
    public void drawSample() {
        ErrorRows errorRows = errors();
        long errorCount = errorRows.errors().getLongCardinality();
        SampleDrawViewModel form = new SampleDrawViewModel(
                strataColumns(),
                errorCount,
                errorRows.evaluable().getLongCardinality() - errorCount,
                state.session().reviewQueue().map(q -> q.rows().size()).orElse(0),
                seeds.getAsLong());
        if (!dialogs.drawSample(form)) {
            return;
        }
        SampleDrawViewModel.Request asked = form.request();
        Dataset data = rows.dataset();
        String failed = Messages.text("queue.failed");
        background.submit(new Job<>(
                Messages.text("queue.drawing"),
                steps -> asked.split(ReviewSampler.draw(
                        data, errorRows, asked.strataColumn(), asked.errors(), asked.correct(), asked.seed())),
                queue -> state.edit(failed, session -> session.setReviewQueue(queue)),
                failure -> dialogs.showError(failed, failure.getMessage())));
    }

    /** The data's columns other than the id, label, prediction and scores: those a sample may be stratified by. */
    private List<String> strataColumns() {
        ColumnRoles roles = state.project().roles();
        Set<String> taken = new HashSet<>(roles.classScores().values());
        taken.add(roles.id());
        taken.add(roles.label());
        taken.add(roles.prediction());
        taken.add(roles.score());
        return rows.dataset().columnNames().stream()
                .filter(name -> !taken.contains(name))
                .toList();
    }

    private String analyst() {
        return state.session().analyst();
    }

    /**
     * Shows the queue's rows alone in review order, so J and K walk them, and selects the first not yet
     * reviewed (the first row when all are). Of a queue split between analysts, the rows are the analyst's share.
     */
    public void walk() {
        Optional<ReviewQueue> found = state.session().reviewQueue();
        List<Integer> walk = found.map(q -> q.rowsFor(analyst())).orElse(List.of());
        if (walk.isEmpty()) {
            return;
        }
        ReviewQueue queue = found.get();
        String seed = Long.toString(queue.seed());
        RowSubset subset = RowSubset.ordered(
                queue.shares().containsKey(analyst())
                        ? Messages.text("queue.walkShare", analyst(), NumberText.count(walk.size()), seed)
                        : Messages.text("queue.walk", NumberText.count(walk.size()), seed),
                walk.stream().mapToInt(Integer::intValue).toArray());
        walked = subset;
        rows.showOnly(subset, () -> {
            int first =
                    queue.firstUnreviewed(analyst(), state.marks().reviewed()).orElse(walk.get(0));
            review.positionProperty().set(rows.rows().positionOf(first));
        });
    }

    /** "queue: reviewed 37 of 100 errors, 12 of 50 correct rows"; empty while there is no queue. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the project has a review queue to walk. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }
}
