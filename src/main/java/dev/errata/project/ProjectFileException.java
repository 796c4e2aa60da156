package dev.errata.project;

import java.nio.file.Path;

/** A project file that cannot be read, with a message that names it and says what is wrong. */
public final class ProjectFileException extends RuntimeException {

    public ProjectFileException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
    }
}
