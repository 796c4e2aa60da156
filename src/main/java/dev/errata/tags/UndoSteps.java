package dev.errata.tags;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a session's history: what undo takes back and redo makes again, each step one edit or the
 * edits gathered as one ({@link TagSession#inOneStep}). Keeps the steps only; the session applies their edits.
 */
final class UndoSteps {

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    /** The edits of the step being gathered; null outside one. */
    private List<TagEdit> gathering;

    private String gatheringLabel;

    /** What one undo takes back: one edit, or the edits gathered as one step. */
    record Step(List<TagEdit> edits, String label) {}

    /** An edit just applied: a step of its own, or the next edit of the step being gathered. Redo's steps go. */
    void applied(TagEdit edit) {
        if (gathering != null) {
            // the step is on the stack from its first edit, so listeners already see it as what undo takes back
            if (gathering.isEmpty()) {
                undo.push(new Step(gathering, gatheringLabel));
            }
            gathering.add(edit);
        } else {
            undo.push(new Step(List.of(edit), edit.label()));
        }
        redo.clear();
    }

    /** Gathers the edits {@code edits} applies into one step; those it applied before failing stay one step. */
    void gather(String label, Runnable edits) {
        if (gathering != null) {
            throw new IllegalStateException("already gathering a step");
        }
        gathering = new ArrayList<>();
        gatheringLabel = label;
        try {
            edits.run();
        } finally {
            gathering = null;
            gatheringLabel = null;
        }
    }

    boolean isGathering() {
        return gathering != null;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }

    /** The step undo takes back, off the undo side; {@link #undone} puts it on redo's once taken back. */
    Step takeUndo() {
        return undo.pop();
    }

    void undone(Step step) {
        redo.push(step);
    }

    /** The step redo makes again, off the redo side; {@link #redone} puts it back on undo's once made. */
    Step takeRedo() {
        return redo.pop();
    }

    void redone(Step step) {
        undo.push(step);
    }
}
