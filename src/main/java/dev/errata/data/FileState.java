package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's length and modification time when its reading began: the same two afterwards mean no program
 * wrote it in between, so the columns read are the file's and not a mix of two versions.
 */
record FileState(Path file, long size, FileTime modified, String key) {

    static FileState of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(
                    file, attributes.size(), attributes.lastModifiedTime(), String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file as the caches recognise it. */
    FileIdentity identity() {
        return FileIdentity.of(file, size, modified, key);
    }

    /** Throws when the file is no longer as it was. */
    void requireUnchanged() {
        FileState now;
        try {
            now = of(file);
        } catch (UncheckedIOException e) {
            throw changed();
        }
        if (!equals(now)) {
            throw changed();
        }
    }

    /** The file changed under the reader: what a failure to read a part it had, or a short read, means. */
    BadInputException changed() {
        return new BadInputException(
                file, 1, 1, "the file changed while it was read; open it again once it is written");
    }
}
