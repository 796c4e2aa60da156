package dev.errata.ui.tags;

import dev.errata.ui.dialogs.Dialogs;

/** The questions of the tag list, with the common ones, behind an interface so tests answer with a fake. */
public interface TagDialogs extends Dialogs {

    /** Lets the user fill in a new tag or change one; true when they confirm it. */
    boolean editTag(TagEditorViewModel editor);
}
