package dev.errata.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The file operations that saving a project and starting its journal over are made of, one method per
 * step, so that tests can stop a save between any two steps the way a killed process would.
 */
interface Disk {

    Disk LOCAL = new LocalDisk();

    /** Creates an empty file beside {@code file}, named after it, that no other save can pick. */
    Path createTempBeside(Path file) throws IOException;

    /** Writes the whole content into {@code file}, replacing what it held. */
    void write(Path file, byte[] content) throws IOException;

    /** Forces the file's content to the storage device, so that a power cut cannot lose it any more. */
    void force(Path file) throws IOException;

    /** Copies {@code from} over {@code to}. */
    void copy(Path from, Path to) throws IOException;

    /** Renames {@code from} over {@code to} in one atomic step. */
    void rename(Path from, Path to) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** A stream that appends to {@code file}, creating it if needed; each write goes to the system at once. */
    OutputStream append(Path file) throws IOException;

    /** Makes the renames and deletions done in the folder survive a power cut, where the platform can. */
    void forceFolder(Path folder);
}
