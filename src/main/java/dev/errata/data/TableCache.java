package dev.errata.data;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

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
 * <p>The copies ({@link TableCopies}) are the user's own ({@link UserCache}), never a project's, so no file from elsewhere can
 * say what a data file holds. It is only a cache: missing, unreadable, unwritable or damaged, it is passed
 * over, and the file is parsed as if it were not there.
 */
public final class TableCache {

    /** Smaller files parse in a few tens of milliseconds: they stay out of the cache. */
    static final long LEAST_BYTES = 8L << 20;
    /** The copies kept at most, in bytes: the least recently used go first. */
    static final long MOST_BYTES = 4L << 30;
    /** The longest the end of a process waits for a copy being written. */
    private static final long WRITE_WAIT_SECONDS = 30;

    private static final TableCache NONE = new TableCache(null, Long.MAX_VALUE, 0);

    /** Null for a cache that keeps nothing. */
    private final TableCopies copies;

    private final long leastBytes;
    private volatile SoftReference<Remembered> last = new SoftReference<>(null);
    private ExecutorService writer;

    /** @param folder where the copies are kept; null for a cache that keeps nothing */
    TableCache(Path folder, long leastBytes, long mostBytes) {
        this.copies = folder == null ? null : new TableCopies(folder, mostBytes);
        this.leastBytes = leastBytes;
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
        if (copies == null) {
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
                        kindsText(kinds));
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
        if (copies == null) {
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
        Optional<Path> latest = copies.of(identity).stream().findFirst();
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
        Path copy = copies.copyOf(key);
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
            TableCopies.touch(copy);
        });
        return table;
    }

    /**
     * The chosen columns from any copy of the file as it is that holds them, made by a read with the same
     * choices for each of them: the copy of every column, or of others besides these (a command run before
     * with other slices). Only their arrays are read; the copies are tried from the one used last.
     *
     * @param kinds each column's kind in the read, {@link CellKind#SKIP} for the columns not chosen
     * @param chosen the names of the columns chosen
     */
    Optional<Table> findHolding(
            CsvSource source, boolean strict, CellKind[] kinds, Set<String> chosen, LongSupplier memoryBudget) {
        Optional<Key> own = key(source, strict, kinds);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        LongConsumer room = needed -> MemoryEstimate.requireRoom(source.file(), needed, memoryBudget.getAsLong());
        for (Path copy : copies.of(own.get().file())) {
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
            Optional<Table> table = TableFile.read(copy, opened.get(), room, chosen);
            if (table.isPresent()) {
                TableCopies.touch(copy);
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

    /** The kinds as a key's last line holds them. */
    private static String kindsText(CellKind[] kinds) {
        return Arrays.toString(kinds);
    }

    /** The kinds a copy's key names, its last line ({@link #kindsText}); empty for a key of another form. */
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
        writer().execute(() -> copies.write(key, table));
    }

    /** The start of the key of every read of the file as it is, by this build. */
    static String keyPrefix(FileIdentity identity) {
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
}
