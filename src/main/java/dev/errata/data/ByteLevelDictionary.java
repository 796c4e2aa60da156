package dev.errata.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dictionary-encodes text cells straight from the file's bytes: a repeated value is found by hashing its
 * bytes, so a million rows of a few distinct values cost no String per row.
 */
final class ByteLevelDictionary {

    private static final int FEW_LEVELS = 8;

    private int[] slots = new int[64];
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int[] hashes = new int[16];
    /** The bytes of each level of at most eight bytes, as one number, so a short value compares in one step. */
    private long[] words = new long[16];

    private byte[] pool = new byte[256];
    private int poolSize;
    private int size;
    /** Whether the last value added held no NUL byte and only UTF-8; reset when read. */
    private boolean addedText = true;

    ByteLevelDictionary() {
        Arrays.fill(slots, -1);
    }

    int size() {
        return size;
    }

    /** The code of the value in {@code b[from, to)}, adding it when new. */
    int codeOf(byte[] b, int from, int to) {
        int length = to - from;
        if (size <= FEW_LEVELS && length <= Long.BYTES) {
            // Most columns worth encoding hold a handful of short values ("true", "android"): comparing beats hashing.
            long word = word(b, from, to);
            for (int code = 0; code < size; code++) {
                if (words[code] == word && lengths[code] == length) {
                    return code;
                }
            }
        }
        int hash = hash(b, from, to);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            int code = slots[slot];
            if (code < 0) {
                return add(b, from, to, hash, slot);
            }
            if (hashes[code] == hash && equalsAt(code, b, from, to)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Whether the value {@link #codeOf} last added, if it added one since the last call, was text: no NUL
     * byte and well-formed UTF-8. Values seen before were checked when first added, so a repeated value costs
     * nothing here.
     */
    boolean addedText() {
        boolean text = addedText;
        addedText = true;
        return text;
    }

    String level(int code) {
        return new String(pool, offsets[code], lengths[code], StandardCharsets.UTF_8);
    }

    String[] levels() {
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            out[i] = level(i);
        }
        return out;
    }

    private boolean equalsAt(int code, byte[] b, int from, int to) {
        int len = to - from;
        if (lengths[code] != len) {
            return false;
        }
        int offset = offsets[code] - from;
        for (int i = from; i < to; i++) {
            if (pool[offset + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private int add(byte[] b, int from, int to, int hash, int slot) {
        int len = to - from;
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            words = Arrays.copyOf(words, size * 2);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(b, from, pool, poolSize, len);
        addedText = isText(b, from, to);
        int code = size++;
        offsets[code] = poolSize;
        lengths[code] = len;
        hashes[code] = hash;
        words[code] = len <= Long.BYTES ? word(b, from, to) : 0;
        poolSize += len;
        slots[slot] = code;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private static boolean isText(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return Utf8.firstMalformed(b, from, to, false) < 0;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code;
        }
    }

    /** The bytes {@code b[from, to)}, at most eight, as one number (zero above them). */
    private static long word(byte[] b, int from, int to) {
        int length = to - from;
        if (from + Long.BYTES <= b.length) {
            long all = ByteWords.read(b, from);
            return length == Long.BYTES ? all : all & ((1L << (length * Byte.SIZE)) - 1);
        }
        long word = 0;
        for (int i = to - 1; i >= from; i--) {
            word = (word << Byte.SIZE) | (b[i] & 0xFF);
        }
        return word;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
