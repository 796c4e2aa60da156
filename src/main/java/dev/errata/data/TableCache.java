package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The columns of large CSV files read before, so that a file read again unchanged (the same project opened
 * the next day, the same command run again, a project reopened after adding a model) takes its columns
 * from a copy that needs no parsing. A read costs a first run most of its time, in parsing and in compiling
 * the parser; the copy is read at the speed of memory.
 *
 * <p>The copy answers only for the same file as it was ({@link FileIdentity}), read with the same choices
 * (encoding, strictness, each column's kind) by the same build of Errata, and only when every byte of it
 * checks ({@link TableFile}). The last table read is also held in memory, for as long as memory allows.
 *
 * <p>The copies are the user's own ({@link UserCache}), never a project's, so no file from elsewhere can
 * say what a data file holds. It is only a cache: missing, unreadable, unwritable or damaged, it is passed
 * over, and the file is parsed as if it were not there.
 */
public final class TableCache {

    /** Smaller files parse in a few tens of milliseconds: they stay out of the cache. */
    static final long LEAST_BYTES = 8L << 20;
    /** The copies kept at most, in bytes: the least recently used go first. */
    static final long MOST_BYTES = 4L << 30;
    /** Room a copy leaves on the disk, beyond its own size, or it is not written. */
    private static final long SPARE_DISK_BYTES = 1L << 30;
    /** A half-written copy older than this was left by a process that ended while writing. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    /** The longest the end of a process waits for a copy being written. */
    private static final long WRITE_WAIT_SECONDS = 30;

    private static final String SUFFIX = ".table";

    private static final TableCache NONE = new TableCache(null, Long.MAX_VALUE, 0);

    private final Path folder;
    private final long leastBytes;
    private final long mostBytes;
    private volatile SoftReference<Remembered> last = new SoftReference<>(null);
    private ExecutorService writer;

    /** @param folder where the copies are kept; null for a cache that keeps nothing */
    TableCache(Path folder, long leastBytes, long mostBytes) {
        this.folder = folder;
        this.leastBytes = leastBytes;
        this.mostBytes = mostBytes;
    }

    /** The user's cache, one for the process. */
    public static TableCache user() {
        return User.CACHE;
    }

    /** A cache that keeps nothing: every read parses, as the benchmark's figures of the parser need. */
    public static TableCache none() {
        return NONE;
    }

    private static final class User {
        static final TableCache CACHE = new TableCache(UserCache.root().resolve("tables"), LEAST_BYTES, MOST_BYTES);
    }

    /** A read of a file as it is now, with its choices; what a copy must have been made from to answer for it. */
    record Key(FileIdentity file, String text) {}

    /**
     * A table with the warnings its read gave, which a read from the copy gives again, and what the file's
     * sample decided, which a read of the file as it is takes instead of sampling it again.
     *
     * @param ranked the numeric columns whose ascending order the copy keeps: the scores, which every ranking
     *     metric needs in order, so that a file read again need not sort them
     */
    record Table(List<Column> columns, int[] lines, List<String> warnings, SampleFacts sample, List<String> ranked) {

        List<String> names() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private record Remembered(Key key, Table table) {}

    /** The copy whose header the last {@link #sampleOf} read, so that taking its table reads it only once. */
    private volatile Looked looked;

    private record Looked(Path copy, TableFile.Opened opened) {}

    /**
     * The key of a read of the file with these choices, or empty when the file is too small to keep, is no
     * longer as its sample found it, or this cache keeps nothing.
     */
    Optional<Key> key(CsvSource source, boolean strict, CellKind[] kinds) {
        if (folder == null) {
            return Optional.empty();
        }
        FileIdentity identity;
        try {
            identity = FileIdentity.of(source.file());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (identity.size() < leastBytes || !identity.equals(source.state().identity())) {
            return Optional.empty();
        }
        String text = keyPrefix(identity)
                + String.join(
                        "\n",
                        source.encoding().name(),
                        "named=" + source.named(),
                        "strict=" + strict,
                        Arrays.toString(kinds));
        return Optional.of(new Key(identity, text));
    }

    /**
     * What the sample of the file as it is now decided, as the file's last copy used says. The sample does not
     * depend on the read's other choices, so any copy of the file serves; the choices made from these facts
     * then find the copy that answers for them, if there is one. Only a file read as UTF-8, its own bytes
     * with nothing converted, is taken this way, and only in the encoding asked for.
     *
     * @param requested the encoding the user named; null when it is detected
     */
    Optional<SampleFacts> sampleOf(Path data, Charset requested) {
        if (folder == null) {
            return Optional.empty();
        }
        FileIdentity identity;
        try {
            identity = FileIdentity.of(data);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (identity.size() < leastBytes) {
            return Optional.empty();
        }
        Remembered remembered = last.get();
        if (remembered != null && remembered.key().file().equals(identity)) {
            return fromFile(remembered.table().sample(), requested);
        }
        String prefix = namePrefix(identity);
        Optional<Path> latest;
        try (Stream<Path> files = Files.list(folder)) {
            latest = files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .max(Comparator.comparing(TableCache::usedAt));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        Optional<TableFile.Opened> opened = latest.flatMap(TableFile::header)
                .filter(copy -> copy.header().key().startsWith(keyPrefix(identity)));
        opened.ifPresent(copy -> looked = new Looked(latest.get(), copy));
        return opened.flatMap(copy -> fromFile(copy.header().sample(), requested));
    }

    /**
     * The facts, when the copy read the file's own bytes as UTF-8 and in the encoding asked for: the one
     * named, or a detected one when none is.
     */
    private static Optional<SampleFacts> fromFile(SampleFacts sample, Charset requested) {
        boolean asked = requested == null
                ? !sample.named()
                : sample.named() && sample.encoding().equals(requested);
        return asked && sample.encoding().equals(StandardCharsets.UTF_8) ? Optional.of(sample) : Optional.empty();
    }

    /** The table read before under this key, from memory or from its copy, if it is there and checks. */
    Optional<Table> find(Key key, Path data, LongSupplier memoryBudget) {
        Remembered remembered = last.get();
        if (remembered != null && remembered.key().equals(key)) {
            return Optional.of(remembered.table());
        }
        Path copy = copyOf(key);
        if (!Files.isRegularFile(copy)) {
            // the header looked at may still serve a read of other choices
            return Optional.empty();
        }
        // another file's table, or the same file's before it changed: the collector may have it before this
        // table's arrays are made
        last = new SoftReference<>(null);
        Looked header = looked;
        looked = null;
        LongConsumer room = needed -> MemoryEstimate.requireRoom(data, needed, memoryBudget.getAsLong());
        Optional<Table> table = header != null
                        && header.copy().equals(copy)
                        && header.opened().header().key().equals(key.text())
                ? TableFile.read(copy, header.opened(), room, null).or(() -> TableFile.read(copy, key.text(), room))
                : TableFile.read(copy, key.text(), room);
        table.ifPresent(found -> {
            last = new SoftReference<>(new Remembered(key, found));
            touch(copy);
        });
        return table;
    }

    /**
     * The chosen columns from any copy of the file as it is that holds them, made by a read with the same
     * choices for each of them: the copy of every column, or of others besides these (a command run before
     * with other slices). Only their arrays are read; the copies are tried from the one used last.
     *
     * @param kinds each column's kind in the read, {@link CellKind#SKIP} for the columns not chosen
     */
    Optional<Table> findHolding(CsvSource source, boolean strict, CellKind[] kinds, LongSupplier memoryBudget) {
        Optional<Key> own = key(source, strict, kinds);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<Path> copies;
        String prefix = namePrefix(own.get().file());
        try (Stream<Path> files = Files.list(folder)) {
            copies = files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(TableCache::usedAt).reversed())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        LongConsumer room = needed -> MemoryEstimate.requireRoom(source.file(), needed, memoryBudget.getAsLong());
        for (Path copy : copies) {
            Optional<TableFile.Opened> opened = TableFile.header(copy);
            Optional<CellKind[]> made =
                    opened.flatMap(found -> kindsOf(found.header().key()));
            if (made.isEmpty()
                    || !holds(made.get(), kinds)
                    || !key(source, strict, made.get())
                            .map(Key::text)
                            .equals(Optional.of(opened.get().header().key()))) {
                continue;
            }
            List<String> names = opened.get().header().sample().names();
            Set<String> chosen = IntStream.range(0, kinds.length)
                    .filter(c -> kinds[c] != CellKind.SKIP)
                    .mapToObj(names::get)
                    .collect(Collectors.toSet());
            Optional<Table> table = TableFile.read(copy, opened.get(), room, chosen);
            if (table.isPresent()) {
                touch(copy);
                return table;
            }
        }
        return Optional.empty();
    }

    /** Whether a read of these kinds made each chosen column as {@code kinds} asks: it holds them. */
    private static boolean holds(CellKind[] made, CellKind[] kinds) {
        if (made.length != kinds.length) {
            return false;
        }
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] != CellKind.SKIP && made[c] != kinds[c]) {
                return false;
            }
        }
        return true;
    }

    /** The kinds a copy's key names, its last line; empty for a key of another form. */
    private static Optional<CellKind[]> kindsOf(String key) {
        String list = key.substring(key.lastIndexOf('\n') + 1);
        if (!list.startsWith("[") || !list.endsWith("]")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Arrays.stream(list.substring(1, list.length() - 1).split(", ", -1))
                            .map(CellKind::valueOf)
                            .toArray(CellKind[]::new));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps a table just read, in memory and, in the background, as a copy, when the file had settled before
     * its read began and is still as it was.
     */
    void keep(Key key, Instant readStarted, Table table) {
        FileIdentity now;
        try {
            now = FileIdentity.of(Path.of(key.file().path()));
        } catch (IOException e) {
            return;
        }
        if (!now.equals(key.file()) || !key.file().settledBefore(readStarted)) {
            return;
        }
        last = new SoftReference<>(new Remembered(key, table));
        writer().execute(() -> write(key, table));
    }

    private void write(Key key, Table table) {
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
        copies.sort(Comparator.comparing(TableCache::usedAt).reversed());
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
    private static void touch(Path copy) {
        try {
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the copy stays as recently used as it was
        }
    }

    /** A copy is named for its file as it is, then for its key, so that the file's copies are found by name. */
    private Path copyOf(Key key) {
        return folder.resolve(namePrefix(key.file()) + nameOf(key.text()) + SUFFIX);
    }

    private static String namePrefix(FileIdentity identity) {
        return nameOf(keyPrefix(identity)) + "-";
    }

    /** The start of the key of every read of the file as it is, by this build. */
    private static String keyPrefix(FileIdentity identity) {
        return String.join("\n", TableFile.FORMAT, BuildIdentity.OF_THIS_BUILD, identity.toString()) + "\n";
    }

    /**
     * One thread writes the copies, in the background of the work that uses the table; the end of the
     * process waits for the copy being written, so a command's copy is there for its next run.
     */
    private synchronized ExecutorService writer() {
        if (writer == null) {
            ExecutorService started = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "errata-table-cache");
                thread.setDaemon(true);
                return thread;
            });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitEnd(started), "errata-table-cache-end"));
            writer = started;
        }
        return writer;
    }

    /**
     * Waits for the copies being written and lets go of the table held in memory, so that the next read takes
     * its table from the copy: for the training of the ahead-of-time cache, and for tests.
     */
    public void awaitWritesAndForget() {
        last = new SoftReference<>(null);
        ExecutorService started;
        synchronized (this) {
            started = writer;
        }
        if (started == null) {
            return;
        }
        try {
            // the one writer takes its tasks in turn: this one ends after the copies asked for before it
            started.submit(() -> {}).get(WRITE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a copy not written yet costs the next read its parse, nothing else
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitEnd(ExecutorService writer) {
        writer.shutdown();
        try {
            writer.awaitTermination(WRITE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
