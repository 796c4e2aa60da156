package dev.errata.tags;

/** Hears every change a session makes: the journal writes it down, the window refreshes. */
@FunctionalInterface
public interface TagSessionListener {

    enum Change {
        APPLIED,
        UNDONE,
        REDONE
    }

    /**
     * @param effect the edit that was applied to the state: on undo, the inverse of the edit undone, so
     *     replaying every effect in order reproduces the state
     */
    void edited(TagEdit effect, Change change);
}
