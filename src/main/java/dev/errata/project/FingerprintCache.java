package dev.errata.project;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.errata.data.FileIdentity;
import dev.errata.data.UserCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SHA-256 of large data files hashed before, so that opening a project whose data has not changed does
 * not read the whole file a second time beside the parser: for a file of 250 MB that took a core for a
 * quarter to half a second of every open. A file counts as unchanged while its {@link FileIdentity} is the
 * one it had when hashed, and one modified less than {@link FileIdentity#SETTLED} before its hash began is
 * not remembered.
 *
 * <p>The cache is the user's own ({@link UserCache}), never a project's, so no file from elsewhere can say
 * what a data file holds. It is only a cache: missing, unreadable, unwritable or damaged, it is passed over.
 */
final class FingerprintCache {

    /** Smaller files hash in milliseconds, and stay out of the cache. */
    static final long LEAST_BYTES = 8L << 20;

    static final int MOST_FILES = 200;
    /** A cache grown past this is not this class's: passed over. */
    private static final long MOST_CACHE_BYTES = 1L << 20;

    private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};

    /** One file as it was when hashed. */
    record Entry(String path, long size, long modifiedNanos, String key, String sha256) {

        Entry(FileIdentity file, String sha256) {
            this(file.path(), file.size(), file.modifiedNanos(), file.key(), sha256);
        }

        boolean describes(FileIdentity now) {
            return now.equals(new FileIdentity(path, size, modifiedNanos, key));
        }
    }

    private final Path file;
    private final long leastBytes;

    FingerprintCache(Path file, long leastBytes) {
        this.file = file;
        this.leastBytes = leastBytes;
    }

    /** The user's cache, one for the process, so that its reads and writes take turns. */
    static FingerprintCache user() {
        return User.CACHE;
    }

    private static final class User {
        static final FingerprintCache CACHE =
                new FingerprintCache(UserCache.root().resolve("fingerprints.json"), LEAST_BYTES);
    }

    /** The SHA-256 the file had when hashed, if it is large enough to be kept and unchanged since. */
    synchronized Optional<String> sha256(Path data, BasicFileAttributes now) {
        if (now.size() < leastBytes) {
            return Optional.empty();
        }
        FileIdentity identity = FileIdentity.of(data, now);
        return entries().stream()
                .filter(entry -> entry.describes(identity))
                .map(Entry::sha256)
                .findFirst();
    }

    /**
     * Keeps a hash just made, when the file is large enough and had settled before the hash began.
     *
     * @param hashed the file's attributes before it was read, which it still had after
     */
    synchronized void remember(Path data, BasicFileAttributes hashed, Instant hashStarted, String sha256) {
        FileIdentity identity = FileIdentity.of(data, hashed);
        if (hashed.size() < leastBytes || !identity.settledBefore(hashStarted)) {
            return;
        }
        List<Entry> kept = new ArrayList<>(entries());
        kept.removeIf(entry -> entry.path().equals(identity.path()));
        kept.add(new Entry(identity, sha256));
        List<Entry> newest = kept.subList(Math.max(0, kept.size() - MOST_FILES), kept.size());
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, ProjectJson.MAPPER.writeValueAsBytes(newest));
        } catch (IOException | RuntimeException e) {
            // a cache not written costs the next open a hash, nothing else
        }
    }

    private List<Entry> entries() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MOST_CACHE_BYTES) {
                return List.of();
            }
            List<Entry> entries = ProjectJson.MAPPER.readValue(file.toFile(), ENTRIES);
            return entries.stream()
                    .filter(entry ->
                            entry != null && entry.path() != null && entry.key() != null && entry.sha256() != null)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
