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
    static final long ZEROS = broadcast('0');
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SIXES = broadcast((char) 6);
    private static final long DASHES = broadcast('-');
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

    /**
     * Nonzero when a byte of the word is below '-', as the comma, quote and line breaks are: the high bit of
     * the first such byte is set, and maybe of later bytes, as a byte below borrows from the next in the
     * subtraction, so only the first mark is exact.
     */
    static long belowDash(long word) {
        return (word - DASHES) & ~word & HIGH_BITS;
    }

    /**
     * How many of the eight bytes, from the first, are ASCII digits. A byte is a digit when its high nibble
     * is 3 and adding 6 keeps it so; the addition carries into the next byte only past a byte that is not a
     * digit, so the first such byte is found exactly.
     */
    static int digitRun(long word) {
        long highNibble = (word & HIGH_NIBBLES) ^ ZEROS;
        long pastNine = ((word + SIXES) & HIGH_NIBBLES) ^ ZEROS;
        long notDigits = ~zeroMarks(highNibble | pastNine) & HIGH_BITS;
        return Long.numberOfTrailingZeros(notDigits) >>> 3;
    }

    /**
     * The value of the first {@code n} bytes of the word, which are digits, the first the most significant:
     * the digits moved up behind zeros to make eight, then paired, quadrupled and joined in three multiplies
     * (Lemire's eight-digit method).
     */
    static long digitsValue(long word, int n) {
        if (n == 0) {
            return 0;
        }
        long eight = n == Long.BYTES ? word : (word << (Long.SIZE - n * Byte.SIZE)) | (ZEROS >>> (n * Byte.SIZE));
        long v = eight - ZEROS;
        v = v * 10 + (v >>> 8);
        return ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                        + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32)))
                >>> 32;
    }
}
