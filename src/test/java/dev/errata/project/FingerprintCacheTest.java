package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file's fingerprint is read from the user's cache while the file is as it was when hashed, and made
 * afresh otherwise. The cache here keeps files of 1,000 bytes and more, where the user's keeps 8 MB and more.
 */
class FingerprintCacheTest {

    private static final long LEAST = 1_000;

    @TempDir
    Path dir;

    private Path cacheFile;
    private FingerprintCache cache;

    @BeforeEach
    void cache() {
        cacheFile = dir.resolve("cache/fingerprints.json");
        cache = new FingerprintCache(cacheFile, LEAST);
    }

    /** A file of {@code bytes} bytes of one letter, last modified an hour ago. */
    private Path settled(String name, int bytes, char letter) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.valueOf(letter).repeat(bytes));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        return file;
    }

    /** The same number of bytes written in place, of another letter, and the file's time put back. */
    private static void rewriteKeepingSizeAndTime(Path file, char letter) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, String.valueOf(letter).repeat((int) Files.size(file)));
        Files.setLastModifiedTime(file, time);
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aSettledFileIsHashedOnceAndThenTakenFromTheCacheWhileItsSizeTimeAndInodeStay() throws Exception {
        Path data = settled("data.csv", 5_000, 'a');
        String hash = sha256(data);
        assertThat(FileFingerprint.of(data, cache)).isEqualTo(new FileFingerprint(5_000, hash));
        assertThat(cacheFile).exists();

        // the same bytes' count written in place and the old time put back: the cache cannot tell, as
        // git's index cannot, and answers without reading the file, which is what it is for
        rewriteKeepingSizeAndTime(data, 'b');
        assertThat(FileFingerprint.of(data, cache).sha256()).isEqualTo(hash);
    }

    @Test
    void aFileWhoseSizeOrTimeChangedIsHashedAgain() throws Exception {
        Path data = settled("data.csv", 5_000, 'a');
        FileFingerprint first = FileFingerprint.of(data, cache);

        Files.writeString(data, "a".repeat(5_001));
        Files.setLastModifiedTime(data, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        FileFingerprint longer = FileFingerprint.of(data, cache);
        assertThat(longer).isEqualTo(new FileFingerprint(5_001, sha256(data)));
        assertThat(longer.sha256()).isNotEqualTo(first.sha256());

        Files.writeString(data, "c".repeat(5_001));
        Files.setLastModifiedTime(data, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
        assertThat(FileFingerprint.of(data, cache)).isEqualTo(new FileFingerprint(5_001, sha256(data)));
    }

    @Test
    void aFileModifiedJustBeforeItsHashIsNotRemembered() throws Exception {
        Path data = dir.resolve("fresh.csv");
        Files.writeString(data, "a".repeat(5_000));
        FileFingerprint.of(data, cache);

        // rewritten within the same moment, as a clock of a second's resolution would leave it
        rewriteKeepingSizeAndTime(data, 'd');
        assertThat(FileFingerprint.of(data, cache).sha256()).isEqualTo(sha256(data));
        assertThat(cacheFile).doesNotExist();
    }

    @Test
    void smallFilesStayOutOfTheCache() throws Exception {
        Path data = settled("small.csv", 999, 'a');
        assertThat(FileFingerprint.of(data, cache)).isEqualTo(new FileFingerprint(999, sha256(data)));
        assertThat(cacheFile).doesNotExist();
    }

    @Test
    void aDamagedCacheIsPassedOverAndWrittenAnew() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "[{\"path\": 3, \"size\": \"x\"", StandardCharsets.UTF_8);
        Path data = settled("data.csv", 5_000, 'a');
        assertThat(FileFingerprint.of(data, cache).sha256()).isEqualTo(sha256(data));

        rewriteKeepingSizeAndTime(data, 'e');
        assertThat(FileFingerprint.of(data, cache).sha256())
                .as("answered from the cache written anew")
                .isNotEqualTo(sha256(data));
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheFingerprintAsItWas() throws Exception {
        // a file stands where the cache's folder should be
        Files.writeString(dir.resolve("cache"), "not a folder");
        Path data = settled("data.csv", 5_000, 'a');
        assertThat(FileFingerprint.of(data, cache)).isEqualTo(new FileFingerprint(5_000, sha256(data)));
        assertThat(FileFingerprint.of(data, cache)).isEqualTo(new FileFingerprint(5_000, sha256(data)));
    }

    @Test
    void keepsTheMostRecentFilesOnly() throws Exception {
        Path first = settled("first.csv", 5_000, 'a');
        FileFingerprint.of(first, cache);
        for (int i = 0; i < FingerprintCache.MOST_FILES; i++) {
            FileFingerprint.of(settled("other" + i + ".csv", 1_000 + i, 'a'), cache);
        }
        rewriteKeepingSizeAndTime(first, 'f');
        assertThat(FileFingerprint.of(first, cache).sha256())
                .as("the oldest entry left the cache, so the file was read again")
                .isEqualTo(sha256(first));
    }
}
