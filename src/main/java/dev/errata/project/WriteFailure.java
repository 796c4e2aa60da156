package dev.errata.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * What went wrong writing a project's files, in words for the user. Java names only the path in the
 * message of a refused permission, which reads as no reason at all.
 */
final class WriteFailure {

    private WriteFailure() {}

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied && denied.getFile() != null) {
            Path file = Path.of(denied.getFile());
            return "no permission to write " + file.getFileName() + " in "
                    + file.toAbsolutePath().getParent();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason()
                    + (f.getFile() == null ? "" : " (" + Path.of(f.getFile()).getFileName() + ")");
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * The failure of a save: why, and that nothing is lost.
     *
     * @param journal the journal that holds the edits since the last save; null when none can be written
     */
    static IOException notSaved(Path target, IOException cause, Path journal) {
        return new IOException(
                "could not save " + target.getFileName() + ": " + reason(cause)
                        + ". Nothing is lost: the work "
                        + (journal == null
                                ? "is still open here, but only here; save it elsewhere with Save As before closing"
                                : "is still open here, and every edit since the last save is in "
                                        + journal.getFileName()
                                        + "; try again, or save it elsewhere with Save As"),
                cause);
    }
}
