package dev.errata.data;

import java.nio.file.Path;

/**
 * Input that cannot be used, pointing at where it is: the message reads {@code file:line:column: what is
 * wrong}, with line and column 1-based (column counts characters of that line).
 */
public final class BadInputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public BadInputException(Path file, int line, int column, String problem) {
        // One line whatever the file's name or the values the problem quotes hold.
        super(VisibleText.of(file.getFileName() + ":" + line + ":" + column + ": " + problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
