package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The folder of a {@link TableCache}'s copies: the name of each read's copy, the copies of a file as it is,
 * each copy written whole or not at all, and the folder kept within its budget, the least recently used
 * copies dropped first. A copy's modification time is when it was last used.
 */
final class TableCopies {

    /** Room a copy leaves on the disk, beyond its own size, or it is not written. */
    private static final long SPARE_DISK_BYTES = 1L << 30;
    /** A half-written copy older than this was left by a process that ended while writing. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private static final String SUFFIX = ".table";

    private final Path folder;
    private final long mostBytes;

    /** @param mostBytes the copies kept at most, in bytes */
    TableCopies(Path folder, long mostBytes) {
        this.folder = folder;
        this.mostBytes = mostBytes;
    }

    /** A copy is named for its file as it is, then for its key, so that the file's copies are found by name. */
    Path copyOf(TableCache.Key key) {
        return folder.resolve(namePrefix(key.file()) + nameOf(key.text()) + SUFFIX);
    }

    /** The copies of the file as it is, the last used first; none where the folder cannot be listed. */
    List<Path> of(FileIdentity identity) {
        String prefix = namePrefix(identity);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(TableCopies::usedAt).reversed())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * Writes the table's copy to a file of its own, renamed into place when whole, then keeps the folder
     * within its budget; writes nothing where the disk would be left with less than {@link #SPARE_DISK_BYTES}.
     */
    void write(TableCache.Key key, TableCache.Table table) {
        try {
            long size = TableFile.size(key.text(), table);
            if (Files.getFileStore(Files.createDirectories(folder)).getUsableSpace() < size + SPARE_DISK_BYTES) {
                return;
            }
            Path copy = copyOf(key);
            Path partial = folder.resolve(copy.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".partial");
            try {
                TableFile.write(partial, key.text(), table);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            trim();
        } catch (IOException | RuntimeException e) {
            // a copy not written costs the next read its parse, nothing else
        }
    }

    /** Drops the least recently used copies past the budget, and copies left half written. */
    private void trim() throws IOException {
        List<Path> copies = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    copies.add(file);
                } else if (name.endsWith(".partial")
                        && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        copies.sort(Comparator.comparing(TableCopies::usedAt).reversed());
        long kept = 0;
        for (Path copy : copies) {
            kept += Files.size(copy);
            if (kept > mostBytes) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private static FileTime usedAt(Path copy) {
        try {
            return Files.getLastModifiedTime(copy);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Marks a copy as just used, so that it is the last to be dropped. */
    static void touch(Path copy) {
        try {
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the copy stays as recently used as it was
        }
    }

    private static String namePrefix(FileIdentity identity) {
        return nameOf(TableCache.keyPrefix(identity)) + "-";
    }

    /**
     * A file name's part for a text: two checksums of different polynomials, 64 bits in all. Not a message
     * digest, whose provider a first run took 20–40 ms to find. Two texts of one name cost a copy, never a
     * wrong table: a copy answers only for the key it holds.
     */
    private static String nameOf(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        return HexFormat.of().toHexDigits(castagnoli.getValue() << Integer.SIZE | ieee.getValue());
    }
}
