package dev.errata.data;

import dev.errata.data.CsvSource.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Reads a whole CSV file into columns on all cores. The file is split into blocks that each start at a
 * record, and the blocks are parsed in parallel into primitive arrays, which are then joined in file order.
 * Where a quoted field may hold a line break, a first parallel pass counts the quotes of each stretch of
 * bytes, which tells whether a stretch starts inside a quoted field, so such a line break never splits a
 * record.
 */
final class CsvTableReader {

    private static final int MIN_BLOCK = 1 << 20;
    private static final int MAX_BLOCK = 1 << 24;
    /** Each block holds a sink per column; a wide file gets fewer, longer blocks so the sinks stay few. */
    private static final int MIN_BLOCK_BYTES_PER_COLUMN = 1 << 10;

    private final Path file;
    private final CsvSource source;
    private final FileState state;
    private final CsvHeader header;
    private final boolean strict;
    private final double bytesPerRecord;
    private final boolean quoted;

    CsvTableReader(CsvSample sample, boolean strict) {
        this.source = sample.source();
        this.file = source.file();
        this.state = source.state();
        this.header = sample.header();
        this.strict = strict;
        this.bytesPerRecord = sample.bytesPerRecord();
        this.quoted = sample.quoted();
    }

    /**
     * The parsed blocks, in file order; cells of a NUMBER column that were text are counted in its sinks.
     * When the sample holds no quote, the blocks are cut at the line breaks after even splits without first
     * counting quotes through the file: each block then checks the guess for the next, as a block that
     * starts where a record does ends exactly at its own end, and a guess that fails costs a second read.
     */
    List<ParsedBlock> read(CellKind[] kinds, Progress progress) {
        try (Bytes input = source.bytes()) {
            long size = input.size();
            if (size != source.size()) {
                throw state.changed();
            }
            long[] splits = evenSplits(size);
            if (!quoted) {
                List<ParsedBlock> guessed = parse(
                        input, recordStarts(input, splits, new long[splits.length - 1], size), kinds, false, progress);
                if (guessed.stream().noneMatch(ParsedBlock::cut)) {
                    return numberLines(guessed);
                }
            }
            long[] quotes = IntStream.range(0, splits.length - 1)
                    .parallel()
                    .mapToLong(i -> countQuotes(input, splits[i], splits[i + 1]))
                    .toArray();
            return numberLines(parse(input, recordStarts(input, splits, quotes, size), kinds, true, progress));
        } catch (IOException | UncheckedIOException | InternalError e) {
            // A file cut short under a mapping fails as an InternalError, and mapping past its new end as
            // "Channel not open for writing": both mean another program is writing it.
            state.requireUnchanged();
            throw new UncheckedIOException(
                    "cannot read " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** @param recordsAtStarts whether every start is known to begin a record, so no block can be cut */
    private List<ParsedBlock> parse(
            Bytes input, long[] starts, CellKind[] kinds, boolean recordsAtStarts, Progress progress) {
        long total = starts[starts.length - 1] - header.dataOffset();
        AtomicLong done = new AtomicLong();
        int blocks = starts.length - 1;
        return IntStream.range(0, blocks)
                .parallel()
                .mapToObj(i -> {
                    boolean whole = recordsAtStarts || i == blocks - 1;
                    ParsedBlock block = parseBlock(input, starts[i], starts[i + 1], kinds, whole, progress);
                    progress.update((double) done.addAndGet(starts[i + 1] - starts[i]) / Math.max(1, total));
                    return block;
                })
                .toList();
    }

    /**
     * A block parsed with line numbers counted from 0 ({@link #numberLines} makes them absolute), or the
     * bad input that stopped it.
     *
     * @param cut whether the block ended inside a record, so the next block did not start at one
     * @param malformed the block's first byte that is not UTF-8, or null
     */
    record ParsedBlock(
            CellSink[] sinks,
            int[] lines,
            int records,
            int lineBreaks,
            BadInputException failure,
            boolean cut,
            Malformed malformed) {}

    /** @param endsRecord whether the block is known to end where a record does (it ends the file, or was cut after counting quotes) */
    private ParsedBlock parseBlock(
            Bytes input, long from, long to, CellKind[] kinds, boolean endsRecord, Progress progress) {
        byte[] bytes = readFully(input, from, (int) (to - from));
        int estimate = (int) Math.min(Integer.MAX_VALUE - 8, 16 + 1.1 * (to - from) / bytesPerRecord);
        CellSink[] sinks = new CellSink[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            sinks[i] = new CellSink(kinds[i], estimate);
        }
        BlockParser parser = new BlockParser(file, bytes, bytes.length, 0, endsRecord, header.names(), sinks, strict);
        BadInputException failure = null;
        try {
            parser.parseAll(progress);
        } catch (BadInputException e) {
            failure = e;
        }
        boolean cut = failure == null && parser.parseEnd() < bytes.length;
        return new ParsedBlock(
                sinks, parser.lines(), parser.records(), parser.line(), failure, cut, parser.malformed());
    }

    /**
     * Line numbers in a block are relative until the blocks before it are counted; the first failure in
     * file order is raised with its absolute line.
     */
    private List<ParsedBlock> numberLines(List<ParsedBlock> blocks) {
        int line = header.dataLine();
        List<ParsedBlock> numbered = new ArrayList<>(blocks.size());
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
            Malformed malformed = block.malformed();
            numbered.add(
                    malformed == null
                            ? block
                            : new ParsedBlock(
                                    block.sinks(),
                                    block.lines(),
                                    block.records(),
                                    block.lineBreaks(),
                                    null,
                                    block.cut(),
                                    new Malformed(malformed.line() + line, malformed.column(), malformed.value())));
            line += block.lineBreaks();
        }
        return numbered;
    }

    /** Even splits of the data for the cores, plus the end of the file. */
    private long[] evenSplits(long size) {
        long dataStart = header.dataOffset();
        long length = size - dataStart;
        long blockSize = blockSize(length, header.names().length);
        int stretches = blocks(length, header.names().length);
        long[] splits = new long[stretches + 1];
        for (int i = 0; i < stretches; i++) {
            splits[i] = dataStart + i * blockSize;
        }
        splits[stretches] = size;
        return splits;
    }

    /** How many blocks the data of a file is read in. */
    static int blocks(long dataBytes, int columns) {
        long blockSize = blockSize(dataBytes, columns);
        return (int) Math.max(1, (dataBytes + blockSize - 1) / blockSize);
    }

    private static long blockSize(long dataBytes, int columns) {
        int cores = Runtime.getRuntime().availableProcessors();
        long least = Math.max(MIN_BLOCK, (long) columns * MIN_BLOCK_BYTES_PER_COLUMN);
        return Math.min(MAX_BLOCK, Math.max(least, dataBytes / (cores * 16L) + 1));
    }

    /** The record start after each split, knowing the quotes in each stretch between splits, plus the end of the file. */
    private long[] recordStarts(Bytes input, long[] splits, long[] quotes, long size) throws IOException {
        List<Long> starts = new ArrayList<>();
        starts.add(splits[0]);
        long quotesBefore = quotes[0];
        for (int i = 1; i < splits.length - 1; i++) {
            long start = nextRecordStart(input, splits[i], size, (quotesBefore & 1) == 1);
            if (start > starts.get(starts.size() - 1) && start < size) {
                starts.add(start);
            }
            quotesBefore += quotes[i];
        }
        starts.add(size);
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static long countQuotes(Bytes input, long from, long to) {
        try {
            ByteBuffer map = input.view(from, (int) (to - from));
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
    private static long nextRecordStart(Bytes input, long from, long size, boolean inQuotes) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(1 << 16);
        long pos = from;
        boolean quoted = inQuotes;
        boolean afterCarriageReturn = false;
        while (pos < size) {
            window.clear();
            int n = input.read(window, pos);
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

    private byte[] readFully(Bytes input, long from, int length) {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            while (buffer.hasRemaining()) {
                if (input.read(buffer, from + buffer.position()) < 0) {
                    throw state.changed();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }
}
