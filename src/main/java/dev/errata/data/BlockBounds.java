package dev.errata.data;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * How many records each block's stretch of the whole columns holds: estimated from the bytes per record of
 * the sample and of the block's start, with room to spare, or bounded by a count of the block's line breaks.
 */
final class BlockBounds {

    /** The most rows a column's array can hold. */
    static final long MAX_ROWS = Integer.MAX_VALUE - 8;
    /**
     * A block's stretch holds this many times the records its bytes hold at the estimated bytes per record,
     * and {@link #SPARE_RECORDS} more: a block of a million-row file holds thousands of records, whose mean
     * length varies by far less.
     */
    static final double SPARE = 1.2;

    private static final int SPARE_RECORDS = 64;
    /** The bytes read at a block's start to tell its records' length, where a sorted file's drift from the sample's. */
    private static final int PROBE_BYTES = 1 << 16;
    /** The fewest line breaks in a probe that tell a length; records of kilobytes go by the sample's. */
    private static final int PROBE_RECORDS = 16;

    /** Reads {@code length} bytes of the file from {@code from} into the start of {@code into}. */
    @FunctionalInterface
    interface Reader {
        void read(long from, byte[] into, int length);
    }

    private final Reader reader;

    BlockBounds(Reader reader) {
        this.reader = reader;
    }

    /**
     * Each block's records, with room to spare; null when the sample holds no record to go by, or the
     * estimate passes the most rows a column holds, which only a count may say.
     *
     * @param starts where each block starts, then the end of the data
     * @param recordsPerByte the sample's records per byte; 0 when it holds no record
     */
    long[] estimated(long[] starts, double recordsPerByte) {
        if (recordsPerByte == 0) {
            return null;
        }
        long[] bounds = IntStream.range(0, starts.length - 1)
                .parallel()
                .mapToLong(i -> estimated(starts[i], starts[i + 1], recordsPerByte))
                .toArray();
        return Arrays.stream(bounds).sum() > MAX_ROWS ? null : bounds;
    }

    /**
     * A block's records at the bytes per record of the sample or of the block's own start, whichever is the
     * shorter: a file sorted by a column of text drifts from the sample's length block by block.
     */
    private long estimated(long from, long to, double recordsPerByte) {
        int probe = (int) Math.min(PROBE_BYTES, to - from);
        byte[] bytes = new byte[probe];
        reader.read(from, bytes, probe);
        LineBreakCount breaks = new LineBreakCount();
        breaks.add(bytes, 0, probe);
        long seen = breaks.recordBound();
        double perByte = seen >= PROBE_RECORDS ? Math.max(recordsPerByte, (double) seen / probe) : recordsPerByte;
        return (long) Math.ceil((to - from) * perByte * SPARE) + SPARE_RECORDS;
    }

    /** Each block's line breaks, counted on all cores, which bound its records. */
    long[] counted(long[] starts) {
        return IntStream.range(0, starts.length - 1)
                .parallel()
                .mapToLong(i -> counted(starts[i], starts[i + 1]))
                .toArray();
    }

    /** The most records the bytes {@code [from, to)} can hold, read a piece at a time. */
    private long counted(long from, long to) {
        LineBreakCount count = new LineBreakCount();
        byte[] piece = new byte[(int) Math.min(CsvTableReader.READ_PIECE, to - from)];
        for (long at = from; at < to; at += piece.length) {
            int n = (int) Math.min(piece.length, to - at);
            reader.read(at, piece, n);
            count.add(piece, 0, n);
        }
        return count.recordBound();
    }
}
