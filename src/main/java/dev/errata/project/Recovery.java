package dev.errata.project;

import java.util.List;

/**
 * What opening found in the journal: how many unsaved edits it replayed, and what the user should know.
 *
 * @param warnings one line each; the count of replayed edits comes first when any
 */
record Recovery(int replayedEdits, List<String> warnings) {

    static final Recovery NOTHING = new Recovery(0, List.of());

    Recovery {
        warnings = List.copyOf(warnings);
    }

    static Recovery warning(String warning) {
        return new Recovery(0, List.of(warning));
    }
}
