package dev.errata.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of a file at a time, as one long: a byte of {@code word ^ broadcast(c)} is zero exactly
 * where the word holds {@code c}, so finding or counting a character costs a few operations per eight bytes.
 */
final class ByteWords {

    static final long QUOTES = broadcast('"');
    static final long COMMAS = broadcast(',');
    static final long NEWLINES = broadcast('\n');
    static final long RETURNS = broadcast('\r');
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteWords() {}

    /** The eight bytes from {@code at}, the first of them lowest. */
    static long read(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    static long broadcast(char c) {
        return (c & 0xFFL) * 0x0101010101010101L;
    }

    /** The high bit of each zero byte of {@code x} set, no other bit: exact, as no carry crosses a byte. */
    static long zeroMarks(long x) {
        long low7 = (x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS;
        return ~(low7 | x | LOW_SEVEN_BITS);
    }

    /** How many of the eight bytes of {@code x} are zero, without branches. */
    static int zeroBytes(long x) {
        return Long.bitCount(zeroMarks(x));
    }
}
