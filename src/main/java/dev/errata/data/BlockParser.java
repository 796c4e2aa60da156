package dev.errata.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Parses the records of one block of a CSV file (RFC 4180: comma separated, fields optionally in double
 * quotes with doubled quotes inside, records ended by LF, CRLF or CR) into one {@link CellSink} per
 * column. A block always starts at the beginning of a record, outside quotes.
 */
final class BlockParser {

    private final Path file;
    private final byte[] b;
    private final int end;
    private final boolean atEndOfFile;
    private final CellSink[] sinks;
    private final boolean strict;
    private final String[] names;
    private byte[] scratch = new byte[256];

    private int line;
    private int lineStart;
    private final int[] lines;
    /** Where the block's first record's line goes in {@link #lines}. */
    private final int base;

    private int records;
    /** The most records {@link #lines} and the sinks have room for from {@link #base}. */
    private final int capacity;

    private boolean full;
    private int parsedTo;
    private Malformed malformed;

    /**
     * @param bytes the block, starting at a record
     * @param firstLine the 1-based line of the file where the block starts
     * @param atEndOfFile whether the block ends the file; otherwise a record cut off at its end is not parsed
     * @param lines where each record's line goes, from index {@code base}
     * @param capacity the most records there is room for, in {@code lines} and in the sinks: parsing stops
     *     at a record past it ({@link #full})
     */
    BlockParser(
            Path file,
            byte[] bytes,
            int length,
            int firstLine,
            boolean atEndOfFile,
            String[] names,
            CellSink[] sinks,
            boolean strict,
            int[] lines,
            int base,
            int capacity) {
        this.file = file;
        this.capacity = capacity;
        this.lines = lines;
        this.base = base;
        this.b = bytes;
        this.end = length;
        this.atEndOfFile = atEndOfFile;
        this.names = names;
        this.sinks = sinks;
        this.strict = strict;
        this.line = firstLine;
    }

    int records() {
        return records;
    }

    /** The line the parser is on: after a whole block parsed from line 0, the block's count of line breaks. */
    int line() {
        return line;
    }

    /**
     * Parses every record, up to a record cut off at the end when the block does not end the file, or up to
     * a record there is no room for.
     */
    void parseAll(Progress progress) {
        int pos = 0;
        while (pos < end) {
            if ((records & 0x3FFF) == 0) {
                progress.checkCancelled();
            }
            if (records == capacity && !isLineBreak(b[pos])) {
                full = true;
                break;
            }
            int next = parseRecord(pos);
            if (next < 0) {
                break;
            }
            pos = next;
            parsedTo = pos;
        }
    }

    /** Whether parsing stopped at a record there was no room for. */
    boolean full() {
        return full;
    }

    /** Where the last whole record parsed ends. */
    int parseEnd() {
        return parsedTo;
    }

    /** Parses one record starting at {@code pos}; returns the start of the next, or -1 when cut off. */
    private int parseRecord(int pos) {
        int recordLine = line;
        if (isLineBreak(b[pos])) {
            return skipLineBreak(pos);
        }
        int field = 0;
        while (true) {
            int fieldStart = pos;
            int valueFrom;
            int valueTo;
            byte[] source = b;
            if (b[pos] == '"') {
                int openLine = line;
                int openLineStart = lineStart;
                int close = closingQuote(pos);
                if (close < 0) {
                    if (!atEndOfFile) {
                        return -1;
                    }
                    line = openLine;
                    lineStart = openLineStart;
                    throw error(fieldStart, "a quoted field is never closed: the file ends inside it");
                }
                int copied = unquote(pos + 1, close);
                if (copied >= 0) {
                    source = scratch;
                    valueFrom = 0;
                    valueTo = copied;
                } else {
                    valueFrom = pos + 1;
                    valueTo = close;
                }
                pos = close + 1;
                if (pos < end && b[pos] != ',' && !isLineBreak(b[pos])) {
                    throw error(
                            pos,
                            "unexpected text after a closing quote in column \"" + Excerpt.cell(nameOf(field)) + "\"");
                }
            } else {
                pos = nextStop(pos);
                if (pos < end && b[pos] == '"') {
                    throw error(
                            pos,
                            "a quote inside an unquoted field of column \"" + Excerpt.cell(nameOf(field))
                                    + "\"; quote the whole field and double the quote");
                }
                if (pos == end && !atEndOfFile) {
                    return -1;
                }
                valueFrom = fieldStart;
                valueTo = pos;
            }
            if (field >= sinks.length) {
                throw error(fieldStart, "this row has more than the " + sinks.length + " fields of the header");
            }
            store(field, source, valueFrom, valueTo, fieldStart, pos);
            field++;
            if (pos < end && b[pos] == ',') {
                pos++;
                if (pos == end) {
                    if (!atEndOfFile) {
                        return -1;
                    }
                    storeTrailingEmpty(field, pos);
                    field++;
                    break;
                }
                continue;
            }
            break;
        }
        if (field < sinks.length) {
            throw error(pos, "this row has " + field + " fields but the header has " + sinks.length);
        }
        addLine(recordLine);
        return pos < end ? skipLineBreak(pos) : pos;
    }

    private void storeTrailingEmpty(int field, int pos) {
        if (field >= sinks.length) {
            throw error(pos, "this row has more than the " + sinks.length + " fields of the header");
        }
        store(field, b, pos, pos, pos, pos);
    }

    /** @param fieldEnd where the field ends in the block, after its closing quote if it has one */
    private void store(int field, byte[] source, int from, int to, int fieldStart, int fieldEnd) {
        CellSink sink = sinks[field];
        if (sink.add(source, from, to)) {
            return;
        }
        int nul = indexOf((byte) 0, fieldStart, fieldEnd);
        if (nul >= 0) {
            throw errorAt(nul, TextEncoding.NUL_PROBLEM);
        }
        if (sink.kind == CellKind.TEXT) {
            // A new value that is not UTF-8: the cell is kept, and the reader decides how to read the file.
            if (malformed == null) {
                int at = Math.max(fieldStart, Utf8.firstMalformed(b, fieldStart, fieldEnd, false));
                malformed = positioned(at, (line, column) -> new Malformed(line, column, b[at]));
            }
            return;
        }
        String text = Excerpt.cell(new String(source, from, to - from, StandardCharsets.UTF_8));
        if (sink.kind.isRequired() && strict) {
            throw error(
                    fieldStart,
                    "column \"" + Excerpt.cell(names[field]) + "\" needs "
                            + sink.kind.need(NumberSyntax.parse(source, from, to)) + " but holds \"" + text + "\"");
        }
        if (sink.badNumbers++ == 0) {
            sink.firstBadLine = line;
            sink.firstBadColumn = columnOf(fieldStart);
            sink.firstBadText = text;
        }
    }

    /** The index of the quote closing the field opened at {@code open}, or -1 when the block ends first. */
    private int closingQuote(int open) {
        int i = open + 1;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                if (i + 1 < end && b[i + 1] == '"') {
                    i += 2;
                    continue;
                }
                if (i + 1 == end && !atEndOfFile) {
                    return -1;
                }
                return i;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= end || b[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
            i++;
        }
        return -1;
    }

    /** Copies the quoted content into scratch with doubled quotes made single; -1 when there are none. */
    private int unquote(int from, int to) {
        int q = from;
        while (q < to && b[q] != '"') {
            q++;
        }
        if (q == to) {
            return -1;
        }
        if (scratch.length < to - from) {
            scratch = new byte[to - from];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            scratch[n++] = b[i];
            if (b[i] == '"') {
                i++;
            }
        }
        return n;
    }

    private int skipLineBreak(int pos) {
        if (b[pos] == '\r' && pos + 1 < end && b[pos + 1] == '\n') {
            pos++;
        }
        line++;
        lineStart = pos + 1;
        return pos + 1;
    }

    private void addLine(int recordLine) {
        lines[base + records++] = recordLine;
    }

    private String nameOf(int field) {
        return field < names.length ? names[field] : "#" + (field + 1);
    }

    private BadInputException error(int at, String problem) {
        return new BadInputException(file, line, columnOf(at), problem);
    }

    /** The bad input at a byte of the current record, which a quoted field may have put lines before the current one. */
    private BadInputException errorAt(int at, String problem) {
        return positioned(at, (atLine, column) -> new BadInputException(file, atLine, column, problem));
    }

    private <T> T positioned(int at, java.util.function.BiFunction<Integer, Integer, T> make) {
        int breaksAfter = 0;
        int start = at;
        while (start > 0 && !isLineEnd(start - 1)) {
            start--;
        }
        for (int i = at; i < lineStart; i++) {
            breaksAfter += isLineEnd(i) ? 1 : 0;
        }
        return make.apply(line - breaksAfter, new String(b, start, at - start, StandardCharsets.UTF_8).length() + 1);
    }

    /** Whether the byte at {@code i} ends a line: an LF, or a CR not followed by an LF. */
    private boolean isLineEnd(int i) {
        return b[i] == '\n' || (b[i] == '\r' && (i + 1 >= end || b[i + 1] != '\n'));
    }

    private int indexOf(byte value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The first byte of the block that is not UTF-8, in a text cell, or null. */
    Malformed malformed() {
        return malformed;
    }

    /** The 1-based character column of a byte offset within the current line. */
    private int columnOf(int at) {
        return new String(b, lineStart, Math.max(0, at - lineStart), StandardCharsets.UTF_8).length() + 1;
    }

    /**
     * The first comma, line break or quote at or after {@code pos}; {@code end} if none. All four are below
     * '-', and numbers are not, so a word is first searched for a byte below '-' alone and the byte found
     * checked; only a word where that byte is no stop (a space in text) is searched for each of the four.
     */
    private int nextStop(int pos) {
        for (; pos + Long.BYTES <= end; pos += Long.BYTES) {
            long word = ByteWords.read(b, pos);
            long below = ByteWords.belowDash(word);
            if (below == 0) {
                continue;
            }
            int first = pos + (Long.numberOfTrailingZeros(below) >>> 3);
            if (isStop(b[first])) {
                return first;
            }
            long stops = ByteWords.zeroMarks(word ^ ByteWords.COMMAS)
                    | ByteWords.zeroMarks(word ^ ByteWords.NEWLINES)
                    | ByteWords.zeroMarks(word ^ ByteWords.RETURNS)
                    | ByteWords.zeroMarks(word ^ ByteWords.QUOTES);
            if (stops != 0) {
                return pos + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
        }
        while (pos < end && !isStop(b[pos])) {
            pos++;
        }
        return pos;
    }

    private static boolean isStop(byte c) {
        return c == ',' || c == '"' || isLineBreak(c);
    }

    private static boolean isLineBreak(byte c) {
        return c == '\n' || c == '\r';
    }
}
