package dev.errata.discovery;

import org.roaringbitmap.RoaringBitmap;

/**
 * Row sets as plain words of 64 rows each, for the search's inner loop: intersections are ANDs of words and
 * counts are popcounts, with no per-row work and no allocation.
 */
final class RowWords {

    private RowWords() {}

    static long[] empty(int rowCount) {
        return new long[(rowCount + 63) >>> 6];
    }

    static long[] of(RoaringBitmap rows, int rowCount) {
        long[] words = empty(rowCount);
        rows.forEach((int row) -> set(words, row));
        return words;
    }

    static void set(long[] words, int row) {
        words[row >>> 6] |= 1L << row;
    }

    static boolean get(long[] words, int row) {
        return (words[row >>> 6] & (1L << row)) != 0;
    }

    static int count(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    static int countBoth(long[] first, long[] second) {
        int count = 0;
        for (int i = 0; i < first.length; i++) {
            count += Long.bitCount(first[i] & second[i]);
        }
        return count;
    }

    /** The rows in every one of {@code sets}. */
    static long[] intersection(long[][] sets) {
        long[] result = sets[0].clone();
        for (int s = 1; s < sets.length; s++) {
            for (int i = 0; i < result.length; i++) {
                result[i] &= sets[s][i];
            }
        }
        return result;
    }

    /** The rows of {@code rows} not in {@code excluded}. */
    static long[] without(long[] rows, long[] excluded) {
        long[] result = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            result[i] = rows[i] & ~excluded[i];
        }
        return result;
    }

    /** Adds {@code rows} to {@code into}. */
    static void addAll(long[] into, long[] rows) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= rows[i];
        }
    }

    static RoaringBitmap toBitmap(long[] words) {
        RoaringBitmap rows = new RoaringBitmap();
        for (int i = 0; i < words.length; i++) {
            long word = words[i];
            while (word != 0) {
                rows.add((i << 6) + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
        return rows;
    }
}
