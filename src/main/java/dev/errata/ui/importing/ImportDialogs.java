package dev.errata.ui.importing;

import dev.errata.ui.dialogs.Dialogs;

/** The questions of opening a CSV, with the common ones, behind an interface so tests answer with a fake. */
public interface ImportDialogs extends Dialogs {

    /** Shows a CSV's first rows and the roles of its columns for the user to change; true when they load it. */
    boolean confirmImport(ImportViewModel importing);
}
