package dev.errata.tags;

/**
 * One undoable change to the analyst's work. Each edit knows its exact inverse (a bulk toggle records only
 * the rows it flips), so undo is applying the inverse and the journal can write an undo as a plain edit.
 * Rows are row indices of the session's dataset; the journal and project file turn them into row ids.
 */
public sealed interface TagEdit
        permits CreateTag, DeleteTag, RedefineTag, SetTagRows, SetReviewed, SetNote, SetReviewQueue {

    void applyTo(AnnotationStore store);

    TagEdit inverse();

    /** What the edit did, for menu items such as "Undo tag 200 rows car noise". */
    String label();
}
