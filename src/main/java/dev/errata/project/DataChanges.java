package dev.errata.project;

import dev.errata.project.ProjectDocument.FileRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A project's data files now beside what its last save recorded of them, and how many rows with work the
 * data no longer holds: what tells the user that the data changed.
 *
 * @param savedData the data file as saved; null for a new project, or one migrated from version 0, which
 *     recorded no fingerprint, so the file cannot be known to differ
 * @param savedPredictions the separate predictions file as saved; null likewise, or without one
 * @param droppedIds rows with work whose id the data no longer holds
 */
record DataChanges(DataFiles files, FileRecord savedData, FileRecord savedPredictions, long droppedIds) {

    /** A new project's: nothing was saved before, so nothing changed. */
    static DataChanges none(DataFiles files) {
        return new DataChanges(files, null, null, 0);
    }

    /**
     * The warning that the data changed since the save, naming the files whose fingerprint differs; hashes
     * them unless that was done.
     *
     * @throws IOException when a file cannot be read for its fingerprint
     */
    Optional<String> warning() throws IOException {
        List<String> changed = new ArrayList<>();
        if (differs(savedData, files.prints().data())) {
            changed.add(savedData.path());
        }
        if (differs(savedPredictions, files.prints().predictions())) {
            changed.add(savedPredictions.path());
        }
        if (changed.isEmpty() && droppedIds == 0) {
            return Optional.empty();
        }
        return Optional.of((changed.isEmpty() ? "the data" : String.join(" and ", changed))
                + " changed since the project was saved; kept "
                + "every tag, review mark and note whose row id still exists and dropped " + droppedIds
                + " whose row id is gone");
    }

    private static boolean differs(FileRecord saved, FileFingerprint now) {
        return saved != null
                && saved.size() != null
                && (saved.size() != now.size() || !now.sha256().equals(saved.sha256()));
    }
}
