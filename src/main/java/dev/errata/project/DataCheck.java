package dev.errata.project;

/** When an open hashes the project's data files, to tell whether they changed since the save. */
public enum DataCheck {
    /**
     * While the data is parsed, the warning among the open's ({@link Project#warnings()}): a command has
     * nothing to draw, and the hash takes a share of the cores the parse would leave idle at times.
     */
    WITH_OPEN,
    /**
     * When asked ({@link Project#dataChangeWarning()}): a window asks once its first frames are drawn, which
     * need the cores the hash would take.
     */
    WHEN_ASKED
}
