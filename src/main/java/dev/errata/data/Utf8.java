package dev.errata.data;

/** Checks UTF-8 the way the reader needs: where the first byte is that is not part of a well-formed character. */
final class Utf8 {

    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {}

    /**
     * The index of the first byte in {@code b[from, to)} that is not part of well-formed UTF-8 (no overlong
     * forms, no surrogates, nothing above U+10FFFF), or -1 when there is none.
     *
     * @param cutAtEnd whether the bytes may end inside a character, as a head read from a longer file does
     */
    static int firstMalformed(byte[] b, int from, int to, boolean cutAtEnd) {
        int i = from;
        while (i < to) {
            // Eight ASCII bytes at a time: most of a data file is ASCII.
            if (i + Long.BYTES <= to && (ByteWords.read(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > to) {
                return cutAtEnd && continuations(b, i + 1, to) ? -1 : i;
            }
            if (!continuations(b, i + 1, i + length)) {
                return i;
            }
            int code = c & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                code = (code << 6) | (b[i + k] & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static boolean continuations(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
