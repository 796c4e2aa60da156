package dev.errata.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/** One array of a table in a {@link TableFile}: the lines, or a column's numbers or codes. */
record TableArray(double[] numbers, int[] ints, byte[] bytes) {

    static TableArray of(int[] ints) {
        return new TableArray(null, ints, null);
    }

    static TableArray lines(int rows) {
        return of(new int[rows]);
    }

    static TableArray of(Column column) {
        if (column instanceof NumericColumn numbers) {
            return new TableArray(numbers.values(), null, null);
        }
        CategoricalColumn text = (CategoricalColumn) column;
        return text.narrowCodes() != null
                ? new TableArray(null, null, text.narrowCodes())
                : new TableArray(null, text.codes(), null);
    }

    int length() {
        return numbers != null ? numbers.length : ints != null ? ints.length : bytes.length;
    }

    int width() {
        return numbers != null ? Double.BYTES : ints != null ? Integer.BYTES : 1;
    }

    /** Copies {@code count} elements from {@code from} into the chunk, which is then flipped for reading. */
    private void put(ByteBuffer chunk, int from, int count) {
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
    private void get(ByteBuffer chunk, int from, int count) {
        chunk.position(0);
        if (numbers != null) {
            chunk.asDoubleBuffer().get(numbers, from, count);
        } else if (ints != null) {
            chunk.asIntBuffer().get(ints, from, count);
        } else {
            chunk.get(bytes, from, count);
        }
    }

    /** Writes the array through the chunk, padded to a multiple of eight bytes; returns its CRC-32C. */
    long write(FileChannel out, ByteBuffer chunk) throws IOException {
        CRC32C sum = new CRC32C();
        int perChunk = TableFile.CHUNK / width();
        for (int from = 0; from < length(); from += perChunk) {
            int count = Math.min(perChunk, length() - from);
            put(chunk, from, count);
            sum.update(chunk.duplicate());
            TableFile.writeFully(out, chunk);
        }
        int padding = (int) (TableFile.padded((long) length() * width()) - (long) length() * width());
        TableFile.writeFully(out, ByteBuffer.allocate(padding));
        return sum.getValue();
    }

    /** Fills the array from the file at {@code at} through the chunk; returns the CRC-32C of what it read. */
    long read(FileChannel in, ByteBuffer chunk, long at) throws IOException {
        CRC32C sum = new CRC32C();
        int perChunk = TableFile.CHUNK / width();
        long position = at;
        for (int from = 0; from < length(); from += perChunk) {
            int count = Math.min(perChunk, length() - from);
            chunk.clear().limit(count * width());
            if (!TableFile.readFully(in, chunk, position)) {
                throw new IOException("the table's file ends early");
            }
            chunk.flip();
            sum.update(chunk.duplicate());
            get(chunk, from, count);
            position += (long) count * width();
        }
        return sum.getValue();
    }
}
