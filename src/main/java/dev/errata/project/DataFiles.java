package dev.errata.project;

import dev.errata.project.ProjectDocument.FileRecord;
import java.io.File;
import java.nio.file.Path;

/**
 * The files a project's data was loaded from, as absolute paths, with their fingerprints at load time:
 * those are what the next save records, since they describe the rows the work is keyed to.
 *
 * @param predictions null when {@code data} holds the predictions
 */
record DataFiles(
        Path data, FileFingerprint dataPrint, Path predictions, FileFingerprint predictionsPrint, String joinColumn) {

    FileRecord dataRecord(Path folder) {
        return record(folder, data, dataPrint);
    }

    FileRecord predictionsRecord(Path folder) {
        return predictions == null ? null : record(folder, predictions, predictionsPrint);
    }

    /** Paths are stored relative to the project's folder with / separators, so a project folder can move. */
    private static FileRecord record(Path folder, Path file, FileFingerprint print) {
        String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
        return new FileRecord(relative, print.size(), print.sha256());
    }
}
