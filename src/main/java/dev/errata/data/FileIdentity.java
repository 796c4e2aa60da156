package dev.errata.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A file as the caches recognise it: as git's index does, a file counts as unchanged while its path, size,
 * modification time and file key (its inode, where the system has one) are those it had when read.
 *
 * @param modifiedNanos the modification time in nanoseconds since the epoch
 * @param key the system's file key, or "null" where it has none
 */
public record FileIdentity(String path, long size, long modifiedNanos, String key) {

    /**
     * How long before a read began a file must have been last modified for what was read to be kept: a
     * second change within the resolution of the file system's clock could leave it the same time.
     */
    public static final Duration SETTLED = Duration.ofSeconds(2);

    public static FileIdentity of(Path file) throws IOException {
        return of(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    public static FileIdentity of(Path file, BasicFileAttributes attributes) {
        return of(file, attributes.size(), attributes.lastModifiedTime(), String.valueOf(attributes.fileKey()));
    }

    static FileIdentity of(Path file, long size, FileTime modified, String key) {
        return new FileIdentity(file.toAbsolutePath().normalize().toString(), size, nanos(modified.toInstant()), key);
    }

    /** Whether the file had been left alone long enough before {@code readStarted} for its read to be kept. */
    public boolean settledBefore(Instant readStarted) {
        return modifiedNanos <= nanos(readStarted.minus(SETTLED));
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
