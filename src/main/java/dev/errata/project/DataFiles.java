package dev.errata.project;

import dev.errata.project.ProjectDocument.FileRecord;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The files a project's data was loaded from, as absolute paths, with their fingerprints: those are what the
 * next save records, since they describe the rows the work is keyed to.
 *
 * @param predictions null when {@code data} holds the predictions
 */
record DataFiles(Path data, Path predictions, String joinColumn, FileFingerprints prints) {

    /** @throws IOException when the file cannot be read for its fingerprint */
    FileRecord dataRecord(Path folder) throws IOException {
        return record(folder, data, prints.data());
    }

    /** @throws IOException when the file cannot be read for its fingerprint */
    FileRecord predictionsRecord(Path folder) throws IOException {
        return predictions == null ? null : record(folder, predictions, prints.predictions());
    }

    /** Paths are stored relative to the project's folder with / separators, so a project folder can move. */
    private static FileRecord record(Path folder, Path file, FileFingerprint print) {
        String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
        return new FileRecord(relative, print.size(), print.sha256());
    }
}
