package dev.errata.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Reads a whole CSV file into columns on all cores. The file is split into blocks that each start at a
 * record: a first parallel pass counts quotes and line breaks per stretch of bytes, which tells whether a
 * stretch starts inside a quoted field (so quoted newlines never split a record); the second parallel pass
 * parses each block into primitive arrays, which are then joined in file order.
 */
final class CsvTableReader {

    private static final int MIN_BLOCK = 1 << 20;
    private static final int MAX_BLOCK = 1 << 26;

    private final Path file;
    private final CsvHeader header;
    private final boolean strict;
    private final double bytesPerRecord;

    CsvTableReader(Path file, CsvSample sample, boolean strict) {
        this.file = file;
        this.header = sample.header();
        this.strict = strict;
        this.bytesPerRecord = sample.bytesPerRecord();
    }

    /** The parsed blocks, in file order; cells of a NUMBER column that were text are counted in its sinks. */
    List<ParsedBlock> read(CellKind[] kinds, Progress progress) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long[] starts = recordStarts(channel, size);
            long total = size - header.dataOffset();
            AtomicLong done = new AtomicLong();
            int blocks = starts.length - 1;
            List<ParsedBlock> parsed = IntStream.range(0, blocks).parallel()
                    .mapToObj(i -> {
                        ParsedBlock block = parseBlock(channel, starts[i], starts[i + 1], kinds, progress);
                        progress.update((double) done.addAndGet(starts[i + 1] - starts[i]) / Math.max(1, total));
                        return block;
                    })
                    .toList();
            return numberLines(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A block parsed with line numbers counted from 0 ({@link #numberLines} makes them absolute), or the
     * bad input that stopped it.
     */
    record ParsedBlock(CellSink[] sinks, int[] lines, int records, int lineBreaks, BadInputException failure) {
    }

    private ParsedBlock parseBlock(FileChannel channel, long from, long to, CellKind[] kinds, Progress progress) {
        byte[] bytes = readFully(channel, from, (int) (to - from));
        int estimate = (int) Math.min(Integer.MAX_VALUE - 8, 16 + 1.1 * (to - from) / bytesPerRecord);
        CellSink[] sinks = new CellSink[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            sinks[i] = new CellSink(kinds[i], estimate);
        }
        BlockParser parser = new BlockParser(file, bytes, bytes.length, 0, true, header.names(), sinks, strict);
        BadInputException failure = null;
        try {
            parser.parseAll(progress);
        } catch (BadInputException e) {
            failure = e;
        }
        return new ParsedBlock(sinks, parser.lines(), parser.records(), parser.line(), failure);
    }

    /**
     * Line numbers in a block are relative until the blocks before it are counted; the first failure in
     * file order is raised with its absolute line.
     */
    private List<ParsedBlock> numberLines(List<ParsedBlock> blocks) {
        int line = header.dataLine();
        for (ParsedBlock block : blocks) {
            BadInputException failure = block.failure();
            if (failure != null) {
                throw new BadInputException(file, failure.line() + line, failure.column(), failure.problem());
            }
            for (int r = 0; r < block.records(); r++) {
                block.lines()[r] += line;
            }
            for (CellSink sink : block.sinks()) {
                sink.firstBadLine += line;
            }
            line += block.lineBreaks();
        }
        return blocks;
    }

    /** Record starts that cut the data into blocks for the cores, plus the end of the file. */
    private long[] recordStarts(FileChannel channel, long size) throws IOException {
        long dataStart = header.dataOffset();
        long length = size - dataStart;
        int cores = Runtime.getRuntime().availableProcessors();
        long blockSize = Math.min(MAX_BLOCK, Math.max(MIN_BLOCK, length / (cores * 4L) + 1));
        int stretches = (int) Math.max(1, (length + blockSize - 1) / blockSize);
        long[] nominal = new long[stretches + 1];
        for (int i = 0; i < stretches; i++) {
            nominal[i] = dataStart + i * blockSize;
        }
        nominal[stretches] = size;
        long[] quotes = IntStream.range(0, stretches).parallel()
                .mapToLong(i -> countQuotes(channel, nominal[i], nominal[i + 1]))
                .toArray();
        List<Long> starts = new ArrayList<>();
        starts.add(dataStart);
        long quotesBefore = quotes[0];
        for (int i = 1; i < stretches; i++) {
            long start = nextRecordStart(channel, nominal[i], size, (quotesBefore & 1) == 1);
            if (start > starts.get(starts.size() - 1) && start < size) {
                starts.add(start);
            }
            quotesBefore += quotes[i];
        }
        starts.add(size);
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static long countQuotes(FileChannel channel, long from, long to) {
        try {
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, from, to - from);
            int n = (int) (to - from);
            long count = 0;
            int i = 0;
            // Eight bytes at a time: a byte of x ^ QUOTES is zero exactly where the file has a quote.
            for (; i + Long.BYTES <= n; i += Long.BYTES) {
                count += ByteWords.zeroBytes(map.getLong(i) ^ ByteWords.QUOTES);
            }
            for (; i < n; i++) {
                count += map.get(i) == '"' ? 1 : 0;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first record start at or after {@code from}, knowing whether {@code from} lies inside quotes. */
    private static long nextRecordStart(FileChannel channel, long from, long size, boolean inQuotes) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(1 << 16);
        long pos = from;
        boolean quoted = inQuotes;
        boolean afterCarriageReturn = false;
        while (pos < size) {
            window.clear();
            int n = channel.read(window, pos);
            for (int i = 0; i < n; i++) {
                byte c = window.get(i);
                if (afterCarriageReturn) {
                    return c == '\n' ? pos + i + 1 : pos + i;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '\n') {
                    return pos + i + 1;
                } else if (!quoted && c == '\r') {
                    afterCarriageReturn = true;
                }
            }
            pos += n;
        }
        return size;
    }

    private static byte[] readFully(FileChannel channel, long from, int length) {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, from + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }
}
