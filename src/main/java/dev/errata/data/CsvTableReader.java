package dev.errata.data;

import dev.errata.data.CsvSource.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Reads a whole CSV file into columns on all cores. The file is split into blocks that each start at a
 * record, and the whole columns are made at once with a stretch for each block, which the blocks are
 * parsed into in parallel. A block's stretch holds the records its bytes hold at the bytes per record of
 * the sample or of the block's first 64 KB, whichever is shorter, with room to spare; the columns are then
 * closed up. Only a block with more records than that costs a second read, after a pass that counts each
 * block's line breaks, which bound its records: that pass took a tenth of a first read's time.
 * Where a quoted field may hold a line break, a first parallel pass counts the quotes of each stretch of
 * bytes, which tells whether a stretch starts inside a quoted field, so such a line break never splits a
 * record.
 */
final class CsvTableReader {

    private static final int MIN_BLOCK = 1 << 20;
    private static final int MAX_BLOCK = 1 << 24;
    /** Each block holds a sink per column; a wide file gets fewer, longer blocks so the sinks stay few. */
    private static final int MIN_BLOCK_BYTES_PER_COLUMN = 1 << 10;
    /** Bytes read from the file at a time. */
    static final int READ_PIECE = 1 << 20;

    private final Path file;
    private final CsvSource source;
    private final FileState state;
    private final CsvHeader header;
    private final boolean strict;
    private final boolean quoted;
    /** The sample's records per byte; 0 when it holds no record, so every block's records are counted. */
    private final double recordsPerByte;

    CsvTableReader(CsvSample sample, boolean strict) {
        this.source = sample.source();
        this.file = source.file();
        this.state = source.state();
        this.header = sample.header();
        this.strict = strict;
        this.quoted = sample.quoted();
        this.recordsPerByte = sample.sampledBytes() == 0 ? 0 : (double) sample.records() / sample.sampledBytes();
    }

    /**
     * The file's columns, with the cells of a NUMBER column that were text counted in its blocks' sinks.
     * When the sample holds no quote, the blocks are cut at the line breaks after even splits without first
     * counting quotes through the file: each block then checks the guess for the next, as a block that
     * starts where a record does ends exactly at its own end. A guess that fails, or a block with more
     * records than its stretch holds, costs a second read, with the quotes and line breaks counted first.
     */
    ColumnAssembler read(CellKind[] kinds, boolean[] narrow, Progress progress) {
        try (Bytes input = source.bytes()) {
            long size = input.size();
            if (size != source.size()) {
                throw state.changed();
            }
            long[] splits = evenSplits(size);
            long[] starts = quoted
                    ? exactStarts(input, splits, size)
                    : recordStarts(input, splits, new long[splits.length - 1], size);
            BlockBounds bounds = new BlockBounds((from, into, length) -> readFully(input, from, into, length));
            long[] estimated = bounds.estimated(starts, recordsPerByte);
            if (estimated != null) {
                ColumnAssembler read = parse(input, starts, estimated, kinds, narrow, quoted, progress);
                if (read != null) {
                    return read;
                }
            }
            long[] exact = quoted ? starts : exactStarts(input, splits, size);
            return parse(input, exact, bounds.counted(exact), kinds, narrow, true, progress);
        } catch (IOException | UncheckedIOException e) {
            state.requireUnchanged();
            throw new UncheckedIOException(
                    "cannot read " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /**
     * Makes the whole columns once, with room for each block's bound, and parses each block into its own
     * stretch of them: no per-block pieces to join, and half the memory.
     *
     * @param bounds the most records each block's stretch holds
     * @param recordsAtStarts whether every start is known to begin a record, so no block can be cut
     * @return the columns, or null when a block was cut (a guessed start fell inside a quoted field) or held
     *     more records than its bound
     */
    private ColumnAssembler parse(
            Bytes input,
            long[] starts,
            long[] bounds,
            CellKind[] kinds,
            boolean[] narrow,
            boolean recordsAtStarts,
            Progress progress) {
        int blocks = starts.length - 1;
        int[] firstRows = new int[blocks];
        long rows = 0;
        for (int i = 0; i < blocks; i++) {
            firstRows[i] = (int) rows;
            rows += bounds[i];
        }
        if (rows > BlockBounds.MAX_ROWS) {
            throw new BadInputException(
                    file,
                    header.dataLine(),
                    1,
                    String.format(Locale.ROOT, "the file has more than %,d rows", BlockBounds.MAX_ROWS));
        }
        ColumnArrays arrays = new ColumnArrays(kinds, narrow, (int) rows);
        long total = starts[starts.length - 1] - header.dataOffset();
        AtomicLong done = new AtomicLong();
        Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
        List<ParsedBlock> parsed = IntStream.range(0, blocks)
                .parallel()
                .mapToObj(i -> {
                    boolean whole = recordsAtStarts || i == blocks - 1;
                    ParsedBlock block = parseBlock(
                            input,
                            starts[i],
                            starts[i + 1],
                            arrays,
                            firstRows[i],
                            (int) bounds[i],
                            whole,
                            buffers,
                            progress);
                    progress.update((double) done.addAndGet(starts[i + 1] - starts[i]) / Math.max(1, total));
                    return block;
                })
                .toList();
        if (parsed.stream().anyMatch(block -> block.cut() || block.full())) {
            return null;
        }
        return new ColumnAssembler(numberLines(parsed, arrays.lines()), arrays);
    }

    /**
     * A block parsed with line numbers counted from 0 ({@link #numberLines} makes them absolute), or the
     * bad input that stopped it.
     *
     * @param firstRow where the block's rows start in the whole columns
     * @param cut whether the block ended inside a record, so the next block did not start at one
     * @param full whether the block held more records than its stretch, so it stopped where the stretch was full
     * @param malformed the block's first byte that is not UTF-8, or null
     */
    record ParsedBlock(
            CellSink[] sinks,
            int firstRow,
            int records,
            int lineBreaks,
            BadInputException failure,
            boolean cut,
            boolean full,
            Malformed malformed) {}

    /**
     * @param capacity the most records the block's stretch holds
     * @param endsRecord whether the block is known to end where a record does (it ends the file, or was cut
     *     after counting quotes)
     */
    private ParsedBlock parseBlock(
            Bytes input,
            long from,
            long to,
            ColumnArrays arrays,
            int firstRow,
            int capacity,
            boolean endsRecord,
            Queue<byte[]> buffers,
            Progress progress) {
        int length = (int) (to - from);
        byte[] bytes = buffers.poll();
        if (bytes == null || bytes.length < length) {
            bytes = new byte[length];
        }
        readFully(input, from, bytes, length);
        CellSink[] sinks = arrays.sinks(firstRow);
        BlockParser parser = new BlockParser(
                file, bytes, length, 0, endsRecord, header.names(), sinks, strict, arrays.lines(), firstRow, capacity);
        BadInputException failure = null;
        try {
            parser.parseAll(progress);
        } catch (BadInputException e) {
            failure = e;
        }
        boolean cut = failure == null && !parser.full() && parser.parseEnd() < length;
        buffers.add(bytes);
        return new ParsedBlock(
                sinks, firstRow, parser.records(), parser.line(), failure, cut, parser.full(), parser.malformed());
    }

    /** The record start after each split, the quotes of each stretch counted first on all cores. */
    private long[] exactStarts(Bytes input, long[] splits, long size) throws IOException {
        long[] quotes = IntStream.range(0, splits.length - 1)
                .parallel()
                .mapToLong(i -> countQuotes(input, splits[i], splits[i + 1]))
                .toArray();
        return recordStarts(input, splits, quotes, size);
    }

    /**
     * Line numbers in a block are relative until the blocks before it are counted; the first failure in
     * file order is raised with its absolute line.
     */
    private List<ParsedBlock> numberLines(List<ParsedBlock> blocks, int[] lines) {
        int line = header.dataLine();
        List<ParsedBlock> numbered = new ArrayList<>(blocks.size());
        for (ParsedBlock block : blocks) {
            BadInputException failure = block.failure();
            if (failure != null) {
                throw new BadInputException(file, failure.line() + line, failure.column(), failure.problem());
            }
            for (int r = block.firstRow(); r < block.firstRow() + block.records(); r++) {
                lines[r] += line;
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
                                    block.firstRow(),
                                    block.records(),
                                    block.lineBreaks(),
                                    null,
                                    block.cut(),
                                    block.full(),
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

    private long countQuotes(Bytes input, long from, long to) {
        byte[] piece = new byte[(int) Math.min(READ_PIECE, to - from)];
        long count = 0;
        for (long at = from; at < to; at += piece.length) {
            int n = (int) Math.min(piece.length, to - at);
            readFully(input, at, piece, n);
            int i = 0;
            // Eight bytes at a time: a byte of x ^ QUOTES is zero exactly where the file has a quote.
            for (; i + Long.BYTES <= n; i += Long.BYTES) {
                count += ByteWords.zeroBytes(ByteWords.read(piece, i) ^ ByteWords.QUOTES);
            }
            for (; i < n; i++) {
                count += piece[i] == '"' ? 1 : 0;
            }
        }
        return count;
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

    /**
     * Reads {@code length} bytes from {@code from} into the start of {@code bytes}, a piece at a time: the
     * JDK reads a file into a heap array through a temporary native buffer as large as each read, which it
     * keeps for the thread.
     */
    private void readFully(Bytes input, long from, byte[] bytes, int length) {
        try {
            for (int at = 0; at < length; ) {
                int n = input.read(ByteBuffer.wrap(bytes, at, Math.min(READ_PIECE, length - at)), from + at);
                if (n < 0) {
                    throw state.changed();
                }
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
