package dev.errata.ui.tags;

import dev.errata.ui.dialogs.Dialogs;

/** The questions of the tag list, with the common ones, behind an interface so tests answer with a fake. */
public interface TagDialogs extends Dialogs {

    /** Lets the user fill in a new tag; true when they confirm it. */
    boolean editTag(TagEditorViewModel editor);

    /** Lets the user change a tag's baseline, ease, importance and shortcut; true when they confirm. */
    boolean editTagSettings(TagSettingsViewModel settings);
}
