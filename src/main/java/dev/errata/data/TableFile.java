package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * The file a {@link TableCache} keeps a table in: the arrays of its columns as they are in memory, so that
 * reading one is copying it.
 *
 * <p>The layout: eight bytes {@value #MAGIC}; the header's length (a little-endian int) and the header
 * ({@link TableHeader}); then, each starting at a multiple of eight bytes, the rows' lines, each column's
 * numbers or codes, and the ascending order of each column whose order was made (a score's, which ranking
 * needs), little-endian ({@link TableArray}); last, a CRC-32C of the header and of each of those arrays. A
 * file whose length, checksums, codes or lines do not add up is not a table: the read passes it over, so a
 * copy cut short or damaged on the disk is never taken.
 */
final class TableFile {

    /** Bumped whenever the layout, or what a read makes of a file, changes. */
    static final String FORMAT = "errata table 3";

    private static final String MAGIC = "ERRATAT1";
    private static final int PREFIX = 12;
    /** The bytes an array is written and read through at a time. */
    static final int CHUNK = 1 << 20;

    private TableFile() {}

    /** How many bytes the table's file takes. */
    static long size(String key, TableCache.Table table) {
        TableHeader header = TableHeader.of(key, table);
        return dataStart(header.bytes().length) + header.arraysBytes() + sumsBytes(header.arrayCount());
    }

    static void write(Path file, String key, TableCache.Table table) throws IOException {
        TableHeader header = TableHeader.of(key, table);
        byte[] headerBytes = header.bytes();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer prefix = ByteBuffer.allocate(PREFIX).order(ByteOrder.LITTLE_ENDIAN);
            prefix.put(MAGIC.getBytes(StandardCharsets.US_ASCII))
                    .putInt(headerBytes.length)
                    .flip();
            writeFully(out, prefix);
            writeFully(out, ByteBuffer.wrap(headerBytes));
            writeFully(out, ByteBuffer.allocate((int) (dataStart(headerBytes.length) - PREFIX - headerBytes.length)));
            ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer checksums =
                    ByteBuffer.allocate((int) sumsBytes(header.arrayCount())).order(ByteOrder.LITTLE_ENDIAN);
            checksums.putLong(crc(ByteBuffer.wrap(headerBytes)));
            checksums.putLong(TableArray.of(table.lines()).write(out, chunk));
            for (Column column : table.columns()) {
                checksums.putLong(TableArray.of(column).write(out, chunk));
            }
            // last, as a command ranking the scores sorts them meanwhile, or waits for this sort if it comes first
            for (int c : header.orderedColumns()) {
                int[] order = ((NumericColumn) table.columns().get(c)).ascendingOrder();
                checksums.putLong(TableArray.of(order).write(out, chunk));
            }
            writeFully(out, checksums.flip());
        }
    }

    /**
     * The table the file holds for this key; empty when it holds another key's or is not a whole table.
     *
     * @param requireRoom told the bytes the table's arrays take before they are made; throws when the load
     *     has not that much memory left
     */
    static Optional<TableCache.Table> read(Path file, String key, LongConsumer requireRoom) {
        return read(file, key, requireRoom, null);
    }

    /**
     * As {@link #read(Path, String, LongConsumer)}, of some of the table's columns: only their arrays are read.
     *
     * @param only the names of the columns to read; null for every one
     */
    static Optional<TableCache.Table> read(Path file, String key, LongConsumer requireRoom, Set<String> only) {
        return whenReadable(file, in -> table(in, open(in), key, requireRoom, only));
    }

    /**
     * The table of a file whose header {@link #header} read before: only the file's length and checksums are
     * read again, to know it is still that file, not the header, which a text column of many values makes
     * long.
     */
    static Optional<TableCache.Table> read(Path file, Opened known, LongConsumer requireRoom, Set<String> only) {
        return whenReadable(
                file, in -> table(in, unchanged(in, known), known.header().key(), requireRoom, only));
    }

    /** The header of the file, if it is a whole table's, without reading the table. */
    static Optional<Opened> header(Path file) {
        return whenReadable(file, TableFile::open);
    }

    private static Optional<TableCache.Table> table(
            FileChannel in, Optional<Opened> opened, String key, LongConsumer requireRoom, Set<String> only)
            throws IOException {
        if (opened.isEmpty() || !opened.get().header().key().equals(key)) {
            return Optional.empty();
        }
        TableHeader header = opened.get().header();
        boolean[] read = header.arraysOf(only);
        requireRoom.accept(header.arraysBytes(read));
        return readArrays(in, opened.get().start(), header, opened.get().sums(), read);
    }

    /** The file as it was opened before, when its length and every checksum are still the same. */
    private static Optional<Opened> unchanged(FileChannel in, Opened known) throws IOException {
        ByteBuffer sums = ByteBuffer.allocate(known.sums().capacity()).order(ByteOrder.LITTLE_ENDIAN);
        long arraysEnd = known.start() + known.header().arraysBytes();
        boolean same = in.size() == arraysEnd + sums.capacity()
                && readFully(in, sums, arraysEnd)
                && sums.flip().equals(known.sums().duplicate().clear());
        return same ? Optional.of(known) : Optional.empty();
    }

    /** What is read of a table file through its channel. */
    private interface ChannelRead<T> {
        Optional<T> from(FileChannel in) throws IOException, TableHeader.Damaged;
    }

    private static <T> Optional<T> whenReadable(Path file, ChannelRead<T> read) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return read.from(in);
        } catch (IOException
                | UncheckedIOException
                | TableHeader.Damaged
                | IllegalArgumentException
                | IndexOutOfBoundsException
                | BufferUnderflowException e) {
            // whatever does not add up is not a table; too little memory for it is the load's own failure
            return Optional.empty();
        }
    }

    /**
     * A table file's header, where its arrays start, and its checksums (the header's, then the arrays'):
     * the header checked against its checksum, and the file's length against the sizes the header gives.
     */
    record Opened(TableHeader header, long start, ByteBuffer sums) {}

    private static Optional<Opened> open(FileChannel in) throws IOException, TableHeader.Damaged {
        long size = in.size();
        ByteBuffer prefix = ByteBuffer.allocate(PREFIX).order(ByteOrder.LITTLE_ENDIAN);
        if (size < PREFIX || !readFully(in, prefix, 0)) {
            return Optional.empty();
        }
        byte[] magic = new byte[MAGIC.length()];
        prefix.flip().get(magic);
        int headerLength = prefix.getInt();
        if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))
                || headerLength < 0
                || PREFIX + (long) headerLength > size) {
            return Optional.empty();
        }
        ByteBuffer headerBytes = ByteBuffer.allocate(headerLength);
        if (!readFully(in, headerBytes, PREFIX)) {
            return Optional.empty();
        }
        TableHeader header = TableHeader.parse(headerBytes.flip());
        long arrays = header.arraysBytes();
        long start = dataStart(headerLength);
        ByteBuffer sums =
                ByteBuffer.allocate((int) sumsBytes(header.arrayCount())).order(ByteOrder.LITTLE_ENDIAN);
        if (start + arrays + sums.capacity() != size
                || !readFully(in, sums, start + arrays)
                || sums.getLong(0) != crc(headerBytes.flip())) {
            return Optional.empty();
        }
        return Optional.of(new Opened(header, start, sums));
    }

    /**
     * The arrays asked for, each read and checked against its checksum on whichever core is free, then the
     * columns made and their codes checked against their levels, also on all cores.
     *
     * @param sums the checksums: the header's, then the arrays'
     * @param read which of the arrays to read: the lines, and those of the columns asked for
     */
    private static Optional<TableCache.Table> readArrays(
            FileChannel in, long start, TableHeader header, ByteBuffer sums, boolean[] read) {
        long[] offsets = new long[header.arrayCount()];
        for (int a = 1; a < offsets.length; a++) {
            offsets[a] = offsets[a - 1] + padded(header.arrayBytes(a - 1));
        }
        Queue<ByteBuffer> chunks = new ConcurrentLinkedQueue<>();
        TableArray[] arrays = new TableArray[offsets.length];
        boolean damaged = IntStream.range(0, offsets.length)
                .filter(a -> read[a])
                .parallel()
                .mapToObj(a -> {
                    TableArray array = header.emptyArray(a);
                    ByteBuffer chunk = chunks.poll();
                    if (chunk == null) {
                        chunk = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
                    }
                    try {
                        long sum = array.read(in, chunk, start + offsets[a]);
                        arrays[a] = array;
                        return sum == sums.getLong((a + 1) * Long.BYTES);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        chunks.add(chunk);
                    }
                })
                .toList()
                .contains(false);
        if (damaged || !increasingFromOne(arrays[0].ints())) {
            return Optional.empty();
        }
        int columnCount = header.columns().size();
        TableArray[] orders = new TableArray[columnCount];
        List<Integer> ordered = header.orderedColumns();
        for (int k = 0; k < ordered.size(); k++) {
            orders[ordered.get(k)] = arrays[1 + columnCount + k];
        }
        List<Integer> taken =
                IntStream.range(0, columnCount).filter(c -> read[c + 1]).boxed().toList();
        List<Optional<Column>> columns = taken.parallelStream()
                .map(c -> header.columns().get(c).column(arrays[c + 1], orders[c]))
                .toList();
        if (columns.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new TableCache.Table(
                columns.stream().map(Optional::get).toList(),
                arrays[0].ints(),
                header.warnings(),
                header.sample(),
                ordered.stream()
                        .filter(c -> read[c + 1])
                        .map(c -> header.columns().get(c).name())
                        .toList()));
    }

    private static boolean increasingFromOne(int[] lines) {
        int previous = 0;
        for (int line : lines) {
            if (line <= previous) {
                return false;
            }
            previous = line;
        }
        return true;
    }

    /** The trailer: a checksum of the header, then of each array. */
    private static long sumsBytes(int arrays) {
        return Long.BYTES * (1L + arrays);
    }

    private static long crc(ByteBuffer bytes) {
        CRC32C sum = new CRC32C();
        sum.update(bytes);
        return sum.getValue();
    }

    private static long dataStart(int headerLength) {
        return padded(PREFIX + (long) headerLength);
    }

    static long padded(long bytes) {
        return (bytes + 7) & ~7L;
    }

    static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Fills the buffer's remaining space from {@code at}; false when the file ends first. */
    static boolean readFully(FileChannel in, ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int n = in.read(buffer, position);
            if (n < 0) {
                return false;
            }
            position += n;
        }
        return true;
    }
}
