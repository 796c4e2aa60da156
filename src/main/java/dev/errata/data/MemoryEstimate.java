package dev.errata.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How much heap loading a file takes, estimated from its sample before the whole file is read, so a file
 * too large for the heap is refused with a way out instead of failing half-way with an OutOfMemoryError.
 */
final class MemoryEstimate {

    /** A text column whose sample is all distinct values holds about one String per row. */
    private static final int BYTES_PER_DISTINCT_TEXT = 64;

    private static final long BLOCKS_IN_FLIGHT_BYTES = 2L * (1 << 26);
    /** What a column's sink costs in each block before its first cell: a dictionary's tables, or a few numbers. */
    private static final int TEXT_SINK_BYTES = 1_200;

    private static final int NUMBER_SINK_BYTES = 300;

    private MemoryEstimate() {}

    static long bytesToLoad(long fileBytes, CsvSample sample, CellKind[] kinds) {
        long dataBytes = Math.max(0, fileBytes - sample.header().dataOffset());
        double rows = dataBytes / sample.bytesPerRecord();
        // the line of each row, then each column's cells
        double perRow = Integer.BYTES;
        int widest = Integer.BYTES;
        int stored = 1;
        double perBlock = 0;
        for (int c = 0; c < kinds.length; c++) {
            int cell = switch (kinds[c]) {
                case NUMBER, REQUIRED_NUMBER, PROBABILITY -> Double.BYTES;
                case TEXT -> Integer.BYTES;
                case SNIFF, SKIP -> 0;
            };
            perRow += cell
                    + (kinds[c] == CellKind.TEXT && mostlyDistinct(sample.columns()[c], sample.records())
                            ? BYTES_PER_DISTINCT_TEXT
                            : 0);
            widest = Math.max(widest, cell);
            stored += cell > 0 ? 1 : 0;
            perBlock += switch (kinds[c]) {
                case TEXT -> TEXT_SINK_BYTES;
                case SKIP -> 0;
                default -> NUMBER_SINK_BYTES;
            };
        }
        // The blocks parse into columns made with room to spare, each then copied to its length, a core's
        // share of them at a time.
        int copiedAtOnce = Math.min(stored, Runtime.getRuntime().availableProcessors());
        return (long) (rows * (perRow * BlockBounds.SPARE + (double) widest * copiedAtOnce)
                        + perBlock * CsvTableReader.blocks(dataBytes, kinds.length))
                + Math.min(fileBytes, BLOCKS_IN_FLIGHT_BYTES);
    }

    /** Refuses the load when it would not fit in the memory the JVM may still use. */
    static void requireRoom(Path file, long needed, long available) {
        if (needed <= available) {
            return;
        }
        long gigabytes = (long) Math.ceil((needed + Runtime.getRuntime().totalMemory()) * 1.25 / (1L << 30));
        throw new InsufficientMemoryException(String.format(
                Locale.ROOT,
                "%s needs about %,d MB of memory to open and Errata may use only %,d MB more; start it with more"
                        + " memory, e.g. java -Xmx%dg -jar errata.jar",
                file.getFileName(),
                needed >> 20,
                available >> 20,
                Math.max(1, gigabytes)));
    }

    static long available() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    private static boolean mostlyDistinct(CellSink sniffed, int records) {
        return records >= CellSink.SAMPLE_VALUES && sniffed.sample.size() >= CellSink.SAMPLE_VALUES;
    }
}
