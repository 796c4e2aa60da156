package dev.errata.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
 * <p>The layout: eight bytes {@value #MAGIC}; the header's length (a little-endian int) and the header (the
 * key it answers for, the rows, each column's name, kind and levels, and the read's warnings); then, each
 * starting at a multiple of eight bytes, the rows' lines and each column's numbers or codes (little-endian);
 * last, a CRC-32C of the header and of each of those arrays. A file whose length, checksums, codes or lines
 * do not add up is
 * not a table: the read passes it over, so a copy cut short or damaged on the disk is never taken.
 */
final class TableFile {

    /** Bumped whenever the layout, or what a read makes of a file, changes. */
    static final String FORMAT = "errata table 1";

    private static final String MAGIC = "ERRATAT1";
    private static final int PREFIX = 12;
    private static final int CHUNK = 1 << 20;

    private static final byte NUMBERS = 0;
    private static final byte CODES = 1;
    private static final byte NARROW_CODES = 2;

    private TableFile() {}

    /** A header that does not describe a table. */
    private static final class Damaged extends Exception {
        Damaged(String what) {
            super(what, null, false, false);
        }
    }

    /** How many bytes the table's file takes. */
    static long size(String key, TableCache.Table table) {
        Header header = Header.of(key, table);
        return dataStart(header.bytes().length)
                + header.arraysBytes()
                + sumsBytes(table.columns().size());
    }

    static void write(Path file, String key, TableCache.Table table) throws IOException {
        byte[] header = Header.of(key, table).bytes();
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
            checksums.putLong(writeArray(out, chunk, Array.of(table.lines())));
            for (Column column : table.columns()) {
                checksums.putLong(writeArray(out, chunk, Array.of(column)));
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
            Header header = Header.parse(headerBytes.flip());
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
                | Damaged
                | IllegalArgumentException
                | IndexOutOfBoundsException
                | BufferUnderflowException e) {
            // whatever does not add up is not a table; too little memory for it is the load's own failure
            return Optional.empty();
        }
    }

    /** The arrays, each read on whichever core is free, then checked against its checksum and its header. */
    /** @param sums the checksums: the header's, then the arrays' */
    private static Optional<TableCache.Table> readArrays(FileChannel in, long start, Header header, ByteBuffer sums) {
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
                    Array array = a == 0
                            ? Array.lines(header.rows())
                            : header.columns().get(a - 1).empty(header.rows());
                    ByteBuffer chunk = chunks.poll();
                    if (chunk == null) {
                        chunk = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
                    }
                    try {
                        if (readArray(in, chunk, offsets[a], array) != sums.getLong((a + 1) * Long.BYTES)) {
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

    /** One array of a table, as the file holds it. */
    private record Array(double[] numbers, int[] ints, byte[] bytes) {

        static Array of(int[] ints) {
            return new Array(null, ints, null);
        }

        static Array lines(int rows) {
            return of(new int[rows]);
        }

        static Array of(Column column) {
            if (column instanceof NumericColumn numbers) {
                return new Array(numbers.values(), null, null);
            }
            CategoricalColumn text = (CategoricalColumn) column;
            return text.narrowCodes() != null
                    ? new Array(null, null, text.narrowCodes())
                    : new Array(null, text.codes(), null);
        }

        int length() {
            return numbers != null ? numbers.length : ints != null ? ints.length : bytes.length;
        }

        int width() {
            return numbers != null ? Double.BYTES : ints != null ? Integer.BYTES : 1;
        }

        /** Copies {@code count} elements from {@code from} into the chunk, which is then flipped for reading. */
        void put(ByteBuffer chunk, int from, int count) {
            chunk.clear();
            if (numbers != null) {
                chunk.asDoubleBuffer().put(numbers, from, count);
            } else if (ints != null) {
                chunk.asIntBuffer().put(ints, from, count);
            } else {
                chunk.put(bytes, from, count);
            }
            chunk.position(0).limit(count * width());
        }

        /** Copies {@code count} elements from the chunk, at its start, into {@code from}. */
        void get(ByteBuffer chunk, int from, int count) {
            chunk.position(0);
            if (numbers != null) {
                chunk.asDoubleBuffer().get(numbers, from, count);
            } else if (ints != null) {
                chunk.asIntBuffer().get(ints, from, count);
            } else {
                chunk.get(bytes, from, count);
            }
        }
    }

    private static long writeArray(FileChannel out, ByteBuffer chunk, Array array) throws IOException {
        CRC32C sum = new CRC32C();
        int perChunk = CHUNK / array.width();
        for (int from = 0; from < array.length(); from += perChunk) {
            int count = Math.min(perChunk, array.length() - from);
            array.put(chunk, from, count);
            sum.update(chunk.duplicate());
            writeFully(out, chunk);
        }
        int padding = (int) (padded((long) array.length() * array.width()) - (long) array.length() * array.width());
        writeFully(out, ByteBuffer.allocate(padding));
        return sum.getValue();
    }

    private static long readArray(FileChannel in, ByteBuffer chunk, long at, Array array) throws IOException {
        CRC32C sum = new CRC32C();
        int perChunk = CHUNK / array.width();
        long position = at;
        for (int from = 0; from < array.length(); from += perChunk) {
            int count = Math.min(perChunk, array.length() - from);
            chunk.clear().limit(count * array.width());
            if (!readFully(in, chunk, position)) {
                throw new IOException("the table's file ends early");
            }
            chunk.flip();
            sum.update(chunk.duplicate());
            array.get(chunk, from, count);
            position += (long) count * array.width();
        }
        return sum.getValue();
    }

    /** One column as the header describes it. */
    private record ColumnHeader(String name, byte kind, String[] levels) {

        static ColumnHeader of(Column column) {
            if (column instanceof CategoricalColumn text) {
                return new ColumnHeader(
                        text.name(),
                        text.narrowCodes() != null ? NARROW_CODES : CODES,
                        text.levels().toArray(String[]::new));
            }
            return new ColumnHeader(column.name(), NUMBERS, new String[0]);
        }

        long bytes(int rows) {
            return (long) rows * (kind == NUMBERS ? Double.BYTES : kind == CODES ? Integer.BYTES : 1);
        }

        Array empty(int rows) {
            return kind == NUMBERS
                    ? new Array(new double[rows], null, null)
                    : kind == CODES ? new Array(null, new int[rows], null) : new Array(null, null, new byte[rows]);
        }

        /** The column the array makes, or empty when a code names no level. */
        Optional<Column> column(Array array) {
            if (kind == NUMBERS) {
                return Optional.of(new NumericColumn(name, array.numbers()));
            }
            int levelCount = levels.length;
            if (kind == CODES) {
                for (int code : array.ints()) {
                    if (code < CategoricalColumn.MISSING || code >= levelCount) {
                        return Optional.empty();
                    }
                }
                return Optional.of(new CategoricalColumn(name, array.ints(), levels));
            }
            for (byte code : array.bytes()) {
                if (code < CategoricalColumn.MISSING || code >= levelCount) {
                    return Optional.empty();
                }
            }
            return Optional.of(new CategoricalColumn(name, array.bytes(), levels));
        }
    }

    private record Header(String key, int rows, List<ColumnHeader> columns, List<String> warnings) {

        static Header of(String key, TableCache.Table table) {
            return new Header(
                    key,
                    table.lines().length,
                    table.columns().stream().map(ColumnHeader::of).toList(),
                    table.warnings());
        }

        byte[] bytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                string(out, key);
                out.writeInt(rows);
                out.writeInt(columns.size());
                for (ColumnHeader column : columns) {
                    string(out, column.name());
                    out.writeByte(column.kind());
                    out.writeInt(column.levels().length);
                    for (String level : column.levels()) {
                        string(out, level);
                    }
                }
                out.writeInt(warnings.size());
                for (String warning : warnings) {
                    string(out, warning);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        /** The bytes of the lines and the columns, each padded to a multiple of eight. */
        long arraysBytes() {
            long bytes = padded((long) Integer.BYTES * rows);
            for (ColumnHeader column : columns) {
                bytes += padded(column.bytes(rows));
            }
            return bytes;
        }

        static Header parse(ByteBuffer in) throws Damaged {
            String key = readString(in);
            int rows = count(in, Integer.MAX_VALUE);
            if (rows == 0) {
                throw new Damaged("no rows");
            }
            int columnCount = count(in, in.remaining());
            List<ColumnHeader> columns = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                String name = readString(in);
                byte kind = in.hasRemaining() ? in.get() : -1;
                if (kind != NUMBERS && kind != CODES && kind != NARROW_CODES) {
                    throw new Damaged("no such kind of column");
                }
                int levelCount = count(in, kind == NARROW_CODES ? CategoricalColumn.NARROW_LEVELS : in.remaining());
                String[] levels = new String[levelCount];
                for (int l = 0; l < levelCount; l++) {
                    levels[l] = readString(in);
                }
                columns.add(new ColumnHeader(name, kind, levels));
            }
            int warningCount = count(in, in.remaining());
            List<String> warnings = new ArrayList<>();
            for (int w = 0; w < warningCount; w++) {
                warnings.add(readString(in));
            }
            if (in.hasRemaining()) {
                throw new Damaged("more than a header");
            }
            return new Header(key, rows, columns, warnings);
        }

        private static int count(ByteBuffer in, int most) throws Damaged {
            if (in.remaining() < Integer.BYTES) {
                throw new Damaged("cut short");
            }
            int count = in.getInt();
            if (count < 0 || count > most) {
                throw new Damaged("a count out of range");
            }
            return count;
        }

        private static String readString(ByteBuffer in) throws Damaged {
            int length = count(in, in.remaining());
            byte[] bytes = new byte[length];
            in.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
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

    private static long padded(long bytes) {
        return (bytes + 7) & ~7L;
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Fills the buffer's remaining space from {@code at}; false when the file ends first. */
    private static boolean readFully(FileChannel in, ByteBuffer buffer, long at) throws IOException {
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
