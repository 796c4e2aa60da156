package dev.errata.ui.session;

import dev.errata.tags.TagSessionListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the session differs from the saved file. It follows the position in the undo history, so
 * undoing back to the saved state makes the project clean again.
 */
public final class EditHistory {

    private static final int UNREACHABLE = -1;

    private int position;
    private int savedPosition;
    /** A change outside the undo history (the project's checks), which only a save makes clean. */
    private boolean changedOutsideHistory;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);

    /**
     * @param recovered true when the session starts with edits the journal replayed: they are not in the
     *     file, so the project starts changed
     */
    public EditHistory(boolean recovered) {
        savedPosition = recovered ? UNREACHABLE : 0;
        update();
    }

    public void edited(TagSessionListener.Change change) {
        switch (change) {
            case APPLIED -> {
                if (savedPosition > position) {
                    // the saved state was in the redo history, which a new edit throws away
                    savedPosition = UNREACHABLE;
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
        update();
    }

    public void saved() {
        savedPosition = position;
        changedOutsideHistory = false;
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
