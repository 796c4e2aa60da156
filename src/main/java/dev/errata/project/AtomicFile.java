package dev.errata.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a torn
 * file: write a temporary file beside it, force it to disk, keep a backup of the old one, then rename
 * the temporary file over the target in one atomic step.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** @param backup where to copy the old file first, or null for no backup */
    static void replace(Disk disk, Path target, byte[] content, Path backup) throws IOException {
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
        disk.forceFolder(target.toAbsolutePath().getParent());
    }
}
