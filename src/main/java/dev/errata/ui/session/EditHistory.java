package dev.errata.ui.session;

import dev.errata.tags.TagSessionListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the session differs from the saved file. It follows the position in the undo history, so
 * undoing back to the saved state makes the project clean again.
 */
public final class EditHistory {

    private static final int UNREACHABLE = Integer.MIN_VALUE;

    private static final int NO_SAVE = Integer.MIN_VALUE + 1;

    private int position;
    private int savedPosition;
    /** A change outside the undo history (the project's checks), which only a save makes clean. */
    private boolean changedOutsideHistory;

    private int changesOutsideHistory;
    /** Where the history stood when the save being written took its snapshot; edits go on meanwhile. */
    private int savingPosition = NO_SAVE;

    private int savingChangesOutsideHistory;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);

    /**
     * @param recoveredEdits the edits the journal replayed into the session when it opened: they are not in
     *     the file, so the project starts changed, and undoing all of them returns to the file's state
     */
    public EditHistory(int recoveredEdits) {
        savedPosition = -recoveredEdits;
        update();
    }

    public void edited(TagSessionListener.Change change) {
        switch (change) {
            case APPLIED -> {
                if (savedPosition > position) {
                    // the saved state was in the redo history, which a new edit throws away
                    savedPosition = UNREACHABLE;
                }
                if (savingPosition > position) {
                    savingPosition = UNREACHABLE;
                }
                position++;
            }
            case UNDONE -> position--;
            case REDONE -> position++;
        }
        update();
    }

    /** A change that undo does not reach, such as the project's checks. */
    public void changedOutsideHistory() {
        changedOutsideHistory = true;
        changesOutsideHistory++;
        update();
    }

    /** A save took its snapshot now; edits may follow before {@link #saved()}. */
    public void saving() {
        savingPosition = position;
        savingChangesOutsideHistory = changesOutsideHistory;
    }

    /** The save taken at {@link #saving()} (or, without one, the state now) is in the file. */
    public void saved() {
        if (savingPosition == NO_SAVE) {
            saving();
        }
        savedPosition = savingPosition;
        changedOutsideHistory = changesOutsideHistory != savingChangesOutsideHistory;
        savingPosition = NO_SAVE;
        update();
    }

    private void update() {
        changed.set(position != savedPosition || changedOutsideHistory);
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed;
    }

    public boolean isChanged() {
        return changed.get();
    }
}
