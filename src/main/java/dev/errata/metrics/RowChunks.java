package dev.errata.metrics;

import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs an accumulator over consecutive row ranges on the common fork-join pool and merges the partial
 * results in row order, so order-sensitive accumulators (Durbin–Watson) stay exact.
 */
final class RowChunks {

    static final int DEFAULT_CHUNK_ROWS = 1 << 16;

    /** Adds the rows {@code from} (inclusive) to {@code to} (exclusive) to an accumulator. */
    @FunctionalInterface
    interface RangeFill<A> {
        void fill(A accumulator, int from, int to);
    }

    /** Works on the rows {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    interface RangeAction {
        void run(int from, int to);
    }

    private RowChunks() {}

    /** Runs an action over consecutive row ranges on the common fork-join pool, e.g. to fill an array per row. */
    static void forEach(int rows, RangeAction action) {
        int chunks = (rows + DEFAULT_CHUNK_ROWS - 1) / DEFAULT_CHUNK_ROWS;
        IntStream.range(0, chunks)
                .parallel()
                .forEach(chunk ->
                        action.run(chunk * DEFAULT_CHUNK_ROWS, Math.min(rows, (chunk + 1) * DEFAULT_CHUNK_ROWS)));
    }

    static <A> A reduce(int rows, Supplier<A> empty, RangeFill<A> fill, BinaryOperator<A> merge) {
        return reduce(rows, DEFAULT_CHUNK_ROWS, empty, fill, merge);
    }

    /** With a chosen chunk size, so tests can force many merges on small fixtures. */
    static <A> A reduce(int rows, int chunkRows, Supplier<A> empty, RangeFill<A> fill, BinaryOperator<A> merge) {
        int chunks = (rows + chunkRows - 1) / chunkRows;
        return IntStream.range(0, chunks)
                .parallel()
                .mapToObj(chunk -> {
                    A accumulator = empty.get();
                    int from = chunk * chunkRows;
                    fill.fill(accumulator, from, Math.min(rows, from + chunkRows));
                    return accumulator;
                })
                .reduce(merge)
                .orElseGet(empty);
    }
}
