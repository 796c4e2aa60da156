package dev.errata.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a torn
 * file: write a temporary file beside it, force it to disk, keep a backup of the old one, then rename
 * the temporary file over the target in one atomic step.
 */
public final class AtomicFile {

    private AtomicFile() {}

    /** Writes a file whole on the local disk, without a backup: e.g. a figure beside a report. */
    public static void write(Path target, byte[] content) throws IOException {
        replace(Disk.LOCAL, target, content, null);
    }

    /** @param backup where to copy the old file first, or null for no backup */
    static void replace(Disk disk, Path target, byte[] content, Path backup) throws IOException {
        replaceUnforced(disk, target, content, backup);
        disk.forceFolder(target.toAbsolutePath().getParent());
    }

    /**
     * {@link #replace} without forcing the folder: for a file whose rename only matters once a later
     * replace in the same folder, which forces it, has happened too.
     */
    static void replaceUnforced(Disk disk, Path target, byte[] content, Path backup) throws IOException {
        Path temp = disk.createTempBeside(target);
        try {
            disk.write(temp, content);
            disk.force(temp);
            if (backup != null && Files.exists(target)) {
                disk.copy(target, backup);
            }
            disk.rename(temp, target);
        } finally {
            disk.deleteIfExists(temp);
        }
    }

    /** Whether another name (a hard link) shares the file, so that writing to it writes to that one too. */
    static boolean isShared(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no link counts here (Windows): such a system has no hard links a project could carry in
            return false;
        }
    }

    /** Replaces a file shared by a hard link with a copy of its own, leaving the other name as it was. */
    static void unshare(Disk disk, Path file) throws IOException {
        Path temp = disk.createTempBeside(file);
        try {
            disk.copy(file, temp);
            disk.rename(temp, file);
        } finally {
            disk.deleteIfExists(temp);
        }
    }
}
