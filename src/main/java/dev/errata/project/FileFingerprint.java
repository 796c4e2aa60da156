package dev.errata.project;

import dev.errata.data.CancelledException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A file's size and SHA-256, to notice that data changed since a project was saved. */
record FileFingerprint(long size, String sha256) {

    /**
     * @param stopped asked between pieces of the file: true stops the hash with a {@link CancelledException}
     */
    static FileFingerprint of(Path file, BooleanSupplier stopped) throws IOException {
        return of(file, FingerprintCache.user(), stopped);
    }

    static FileFingerprint of(Path file, FingerprintCache cache) throws IOException {
        return of(file, cache, () -> false);
    }

    /** The fingerprint the cache holds for the file as it is now, else one made by reading it, then kept there. */
    static FileFingerprint of(Path file, FingerprintCache cache, BooleanSupplier stopped) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        Optional<String> known = cache.sha256(file, before);
        if (known.isPresent()) {
            return new FileFingerprint(before.size(), known.get());
        }
        Instant started = Instant.now();
        FileFingerprint read = read(file, stopped);
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        if (read.size() == before.size()
                && after.size() == before.size()
                && after.lastModifiedTime().equals(before.lastModifiedTime())) {
            cache.remember(file, before, started, read.sha256());
        }
        return read;
    }

    private static FileFingerprint read(Path file, BooleanSupplier stopped) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                if (stopped.getAsBoolean()) {
                    throw new CancelledException();
                }
                digest.update(buffer, 0, n);
            }
        }
        return new FileFingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }
}
