package dev.errata.data;

/**
 * Counts the line breaks of a stretch of bytes fed in pieces (LF, CRLF and a lone CR each end one line),
 * eight bytes at a time. A record ends at a line break or at the end of the stretch, so the count bounds
 * the records of a block before it is parsed: the block can then be parsed straight into its place in the
 * whole column.
 */
final class LineBreakCount {

    private long breaks;
    private byte last = '\n';

    void add(byte[] b, int from, int to) {
        if (from == to) {
            return;
        }
        long newlines = 0;
        long returns = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = ByteWords.read(b, i);
            newlines += ByteWords.zeroBytes(word ^ ByteWords.NEWLINES);
            returns += ByteWords.zeroBytes(word ^ ByteWords.RETURNS);
        }
        for (; i < to; i++) {
            newlines += b[i] == '\n' ? 1 : 0;
            returns += b[i] == '\r' ? 1 : 0;
        }
        // A CR followed by an LF is one break, also where a piece ends between them.
        long pairs = last == '\r' && b[from] == '\n' ? 1 : 0;
        if (returns > 0) {
            for (int j = from; j + 1 < to; j++) {
                pairs += b[j] == '\r' && b[j + 1] == '\n' ? 1 : 0;
            }
        }
        breaks += newlines + returns - pairs;
        last = b[to - 1];
    }

    /** The most records the bytes added so far can hold: one per line break, and one more after the last. */
    long recordBound() {
        return breaks + (last == '\n' || last == '\r' ? 0 : 1);
    }
}
