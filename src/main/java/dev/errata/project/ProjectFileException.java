package dev.errata.project;

import dev.errata.data.Excerpt;
import java.nio.file.Path;

/** A project file that cannot be read, with a message that names it and says what is wrong. */
public final class ProjectFileException extends RuntimeException {

    /** A problem quotes the file's values, which may hold line breaks; the message stays one line. */
    private static final int LONGEST = 1000;

    public ProjectFileException(Path file, String problem) {
        super(file.getFileName() + ": " + Excerpt.of(problem, LONGEST));
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + Excerpt.of(problem, LONGEST), cause);
    }
}
