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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * The file a {@link TableCache} keeps a table in: the arrays of its columns as they are in memory, so that
 * reading one is copying it.
 *
 * <p>The layout: eight bytes {@value #MAGIC}; the header's length (a little-endian int) and the header
 * ({@link TableHeader}); then, each starting at a multiple of eight bytes, the rows' lines and each column's
 * numbers or codes, little-endian ({@link TableArray}); last, a CRC-32C of the header and of each of those
 * arrays. A file whose length, checksums, codes or lines do not add up is not a table: the read passes it
 * over, so a copy cut short or damaged on the disk is never taken.
 */
final class TableFile {

    /** Bumped whenever the layout, or what a read makes of a file, changes. */
    static final String FORMAT = "errata table 1";

    private static final String MAGIC = "ERRATAT1";
    private static final int PREFIX = 12;
    /** The bytes an array is written and read through at a time. */
    static final int CHUNK = 1 << 20;

    private TableFile() {}

    /** How many bytes the table's file takes. */
    static long size(String key, TableCache.Table table) {
        TableHeader header = TableHeader.of(key, table);
        return dataStart(header.bytes().length)
                + header.arraysBytes()
                + sumsBytes(table.columns().size());
    }

    static void write(Path file, String key, TableCache.Table table) throws IOException {
        byte[] header = TableHeader.of(key, table).bytes();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer prefix = ByteBuffer.allocate(PREFIX).order(ByteOrder.LITTLE_ENDIAN);
            prefix.put(MAGIC.getBytes(StandardCharsets.US_ASCII))
                    .putInt(header.length)
                    .flip();
            writeFully(out, prefix);
            writeFully(out, ByteBuffer.wrap(header));
            writeFully(out, ByteBuffer.allocate((int) (dataStart(header.length) - PREFIX - header.length)));
            ByteBuffer chunk = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer checksums =
                    ByteBuffer.allocate((int) sumsBytes(table.columns().size())).order(ByteOrder.LITTLE_ENDIAN);
            checksums.putLong(crc(ByteBuffer.wrap(header)));
            checksums.putLong(TableArray.of(table.lines()).write(out, chunk));
            for (Column column : table.columns()) {
                checksums.putLong(TableArray.of(column).write(out, chunk));
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
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
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
            if (!header.key().equals(key)) {
                return Optional.empty();
            }
            long arrays = header.arraysBytes();
            long start = dataStart(headerLength);
            ByteBuffer sums = ByteBuffer.allocate(
                            (int) sumsBytes(header.columns().size()))
                    .order(ByteOrder.LITTLE_ENDIAN);
            if (start + arrays + sums.capacity() != size
                    || !readFully(in, sums, start + arrays)
                    || sums.getLong(0) != crc(headerBytes.flip())) {
                return Optional.empty();
            }
            requireRoom.accept(arrays);
            return readArrays(in, start, header, sums);
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
     * The arrays, each read on whichever core is free, then checked against its checksum and its header.
     *
     * @param sums the checksums: the header's, then the arrays'
     */
    private static Optional<TableCache.Table> readArrays(
            FileChannel in, long start, TableHeader header, ByteBuffer sums) {
        int count = 1 + header.columns().size();
        long[] offsets = new long[count];
        long at = start;
        for (int a = 0; a < count; a++) {
            offsets[a] = at;
            at += padded(
                    a == 0
                            ? (long) Integer.BYTES * header.rows()
                            : header.columns().get(a - 1).bytes(header.rows()));
        }
        Queue<ByteBuffer> chunks = new ConcurrentLinkedQueue<>();
        // each array checked where it was read, so the checks too run on both cores
        List<Optional<Object>> checked = IntStream.range(0, count)
                .parallel()
                .mapToObj(a -> {
                    TableArray array = a == 0
                            ? TableArray.lines(header.rows())
                            : header.columns().get(a - 1).empty(header.rows());
                    ByteBuffer chunk = chunks.poll();
                    if (chunk == null) {
                        chunk = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
                    }
                    try {
                        if (array.read(in, chunk, offsets[a]) != sums.getLong((a + 1) * Long.BYTES)) {
                            return Optional.empty();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        chunks.add(chunk);
                    }
                    return a == 0
                            ? Optional.of(array.ints())
                                    .filter(TableFile::increasingFromOne)
                                    .map(Object.class::cast)
                            : header.columns().get(a - 1).column(array).map(Object.class::cast);
                })
                .toList();
        if (checked.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        int[] lines = (int[]) checked.get(0).get();
        List<Column> columns = checked.subList(1, count).stream()
                .map(column -> (Column) column.get())
                .toList();
        return Optional.of(
                new TableCache.Table(columns.stream().map(Column::name).toList(), columns, lines, header.warnings()));
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

    /** The trailer: a checksum of the header, of the lines and of each column. */
    private static long sumsBytes(int columns) {
        return Long.BYTES * (2L + columns);
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
