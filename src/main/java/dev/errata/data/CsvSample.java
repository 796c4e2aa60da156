package dev.errata.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The header and the first records of a CSV file, read before the whole file to decide each column's
 * storage and to detect roles and the task.
 *
 * @param source the file's bytes, as UTF-8
 * @param ascii whether the sampled bytes are all ASCII, so they read alike in UTF-8 and Windows-1252
 * @param quoted whether the sampled records hold a quote, which may hide a line break inside a field
 */
record CsvSample(
        CsvSource source,
        CsvHeader header,
        CellSink[] columns,
        int records,
        int sampledBytes,
        boolean quoted,
        boolean ascii) {

    static final int SAMPLE_BYTES = 1 << 20;
    /** A header longer than this is not one: more likely an opening quote that is never closed. */
    static final int MAX_HEADER_BYTES = 64 << 20;

    static CsvSample take(CsvSource source) {
        Path file = source.file();
        byte[] head;
        boolean wholeFile;
        CsvHeader header;
        try (InputStream in = source.stream()) {
            long size = source.size();
            head = in.readNBytes(SAMPLE_BYTES);
            wholeFile = head.length == size;
            header = CsvHeader.read(file, head, head.length, wholeFile);
            while (header == null) {
                if (head.length >= MAX_HEADER_BYTES) {
                    throw new BadInputException(
                            file,
                            1,
                            1,
                            "the header does not end within the first " + (MAX_HEADER_BYTES >> 20)
                                    + " MB of the file; is a quote in it never closed?");
                }
                int wanted = head.length * 3;
                byte[] more = in.readNBytes(wanted);
                byte[] longer = java.util.Arrays.copyOf(head, head.length + more.length);
                System.arraycopy(more, 0, longer, head.length, more.length);
                head = longer;
                wholeFile = more.length < wanted || head.length == size;
                header = CsvHeader.read(file, head, head.length, wholeFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        CellSink[] sinks = new CellSink[header.names().length];
        for (int i = 0; i < sinks.length; i++) {
            sinks[i] = CellSink.sniffing();
        }
        byte[] rest = java.util.Arrays.copyOfRange(head, header.dataOffset(), head.length);
        LineBreakCount breaks = new LineBreakCount();
        breaks.add(rest, 0, rest.length);
        int bound = (int) breaks.recordBound();
        BlockParser parser = new BlockParser(
                file,
                rest,
                rest.length,
                header.dataLine(),
                wholeFile,
                header.names(),
                sinks,
                false,
                new int[bound],
                0,
                bound);
        try {
            parser.parseAll(Progress.NONE);
        } catch (BadInputException e) {
            // The full read reports it with its position; the records before it are sample enough.
        }
        int consumed = parser.records() == 0 ? rest.length : parser.parseEnd();
        return new CsvSample(source, header, sinks, parser.records(), consumed, holdsQuote(rest), isAscii(head));
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsQuote(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * The average length of a record in the sample, to size the arrays of a block before reading it; never
     * less than a record can be, one byte a field (its comma, or the line break after the last).
     */
    double bytesPerRecord() {
        double fieldBytes = header.names().length;
        return Math.max(fieldBytes, records == 0 ? sampledBytes : (double) sampledBytes / records);
    }
}
