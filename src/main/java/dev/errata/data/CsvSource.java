package dev.errata.data;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongSupplier;

/**
 * A data file's bytes as UTF-8, the only encoding the reader parses: the file itself when it is UTF-8, or
 * its text converted in memory when it is in another encoding.
 *
 * @param state the file as it was when its reading began
 * @param named whether the user named the encoding, so bytes that are not of it are bad input rather than a
 *     reason to read it in another
 * @param converted the file's text as UTF-8 when it is in another encoding; null when the file is read as it is
 */
record CsvSource(Path file, FileState state, Charset encoding, boolean named, byte[] converted) {

    /** Larger files in another encoding are refused rather than held converted in memory. */
    private static final long MAX_CONVERTED_BYTES = 1L << 30;
    /** Converting holds the file's bytes, its characters (two bytes each) and the UTF-8 result at once. */
    private static final int CONVERSION_FACTOR = 6;

    /**
     * The file in the encoding the user named, or else the one its first megabyte shows.
     *
     * @param named the encoding the user chose; null to detect it
     * @param memoryBudget the bytes the load may still use, for a file that must be converted
     */
    static CsvSource open(Path file, Charset named, LongSupplier memoryBudget) {
        FileState state = FileState.of(file);
        Charset encoding = named;
        if (encoding == null) {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(CsvSample.SAMPLE_BYTES);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            encoding = TextEncoding.detect(head, head.length, head.length == state.size());
        }
        return encoding.equals(StandardCharsets.UTF_8)
                ? new CsvSource(file, state, encoding, named != null, null)
                : convert(file, state, encoding, named != null, memoryBudget);
    }

    private static CsvSource convert(
            Path file, FileState state, Charset encoding, boolean named, LongSupplier memoryBudget) {
        if (state.size() > MAX_CONVERTED_BYTES) {
            throw new BadInputException(
                    file,
                    1,
                    1,
                    "the file is in " + TextEncoding.displayName(encoding) + " and larger than "
                            + (MAX_CONVERTED_BYTES >> 20) + " MB; save it as UTF-8 to open it");
        }
        MemoryEstimate.requireRoom(file, state.size() * CONVERSION_FACTOR, memoryBudget.getAsLong());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length != state.size()) {
            throw state.changed();
        }
        return new CsvSource(file, state, encoding, named, TextEncoding.toUtf8(file, bytes, encoding));
    }

    /** The same file read again as Windows-1252, when bytes that are not UTF-8 turned up after its first megabyte. */
    CsvSource asWindows1252(LongSupplier memoryBudget) {
        return convert(file, state, TextEncoding.windows1252Charset(), false, memoryBudget);
    }

    /** How many bytes the reader parses: the file's, or its conversion's. */
    long size() {
        return converted != null ? converted.length : state.size();
    }

    /** The bytes from the start. */
    InputStream stream() throws IOException {
        return converted != null ? new ByteArrayInputStream(converted) : Files.newInputStream(file);
    }

    /** The bytes for reading at any position, in parallel. */
    Bytes bytes() throws IOException {
        return converted != null
                ? new ArrayBytes(converted)
                : new FileBytes(FileChannel.open(file, StandardOpenOption.READ));
    }

    /** Random access to the bytes, from the file or from memory. */
    interface Bytes extends Closeable {

        long size() throws IOException;

        /** Reads into the buffer's remaining space from {@code at}; -1 at the end. */
        int read(ByteBuffer into, long at) throws IOException;
    }

    private record FileBytes(FileChannel channel) implements Bytes {

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public int read(ByteBuffer into, long at) throws IOException {
            return channel.read(into, at);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private record ArrayBytes(byte[] bytes) implements Bytes {

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public int read(ByteBuffer into, long at) {
            if (at >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(into.remaining(), bytes.length - at);
            into.put(bytes, (int) at, n);
            return n;
        }

        @Override
        public void close() {}
    }
}
