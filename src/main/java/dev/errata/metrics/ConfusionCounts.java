package dev.errata.metrics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Mergeable counts of (true class, predicted class) pairs. Up to {@link #DENSE_CLASSES} classes they are a
 * k × k array; past that, a table of the pairs that occur, so memory follows the rows and not the square
 * of the classes (50,000 classes would need 20 GB as an array). Serializable, so that parts counted on a
 * cluster's machines travel to one place to be merged.
 */
public final class ConfusionCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DENSE_CLASSES = 64;

    private final int classes;
    private final long[] dense;
    private final PairCounts sparse;

    public ConfusionCounts(int classes) {
        this.classes = classes;
        this.dense = classes <= DENSE_CLASSES ? new long[classes * classes] : null;
        this.sparse = dense == null ? new PairCounts() : null;
    }

    /** One count of a cell. */
    @FunctionalInterface
    public interface CellVisitor {
        void visit(int trueClass, int predictedClass, long count);
    }

    public void add(int trueClass, int predictedClass) {
        if (dense != null) {
            dense[trueClass * classes + predictedClass]++;
        } else {
            sparse.add(PairCounts.key(trueClass, predictedClass), 1);
        }
    }

    public ConfusionCounts merge(ConfusionCounts other) {
        if (dense != null) {
            for (int i = 0; i < dense.length; i++) {
                dense[i] += other.dense[i];
            }
        } else {
            other.sparse.forEach(sparse::add);
        }
        return this;
    }

    public long count(int trueClass, int predictedClass) {
        return dense != null
                ? dense[trueClass * classes + predictedClass]
                : sparse.get(PairCounts.key(trueClass, predictedClass));
    }

    /** Every cell with a count, in no particular order. */
    public void forEachCell(CellVisitor visitor) {
        if (dense != null) {
            for (int i = 0; i < dense.length; i++) {
                if (dense[i] != 0) {
                    visitor.visit(i / classes, i % classes, dense[i]);
                }
            }
        } else {
            sparse.forEach(
                    (key, count) -> visitor.visit(PairCounts.trueClass(key), PairCounts.predictedClass(key), count));
        }
    }

    public int classCount() {
        return classes;
    }

    /** Counts the evaluable rows of a classification, in parallel chunks. */
    public static ConfusionCounts over(Outcomes outcomes) {
        int k = outcomes.classes().size();
        return RowChunks.reduce(
                outcomes.rowCount(),
                () -> new ConfusionCounts(k),
                (counts, from, to) -> {
                    for (int row = from; row < to; row++) {
                        if (outcomes.isEvaluable(row)) {
                            counts.add(outcomes.labelClass(row), outcomes.predictedClass(row));
                        }
                    }
                },
                ConfusionCounts::merge);
    }

    /** Counts by pair of class indices packed in one long, in an open-addressing table. */
    private static final class PairCounts implements Serializable {

        private static final long serialVersionUID = 1L;

        private static final long EMPTY = -1;

        private long[] keys = filled(16);
        private long[] counts = new long[16];
        private int size;

        static long key(int trueClass, int predictedClass) {
            return ((long) trueClass << 32) | predictedClass;
        }

        static int trueClass(long key) {
            return (int) (key >>> 32);
        }

        static int predictedClass(long key) {
            return (int) key;
        }

        interface Entry {
            void accept(long key, long count);
        }

        void add(long key, long count) {
            int slot = slot(keys, key);
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    grow();
                    slot = slot(keys, key);
                }
            }
            counts[slot] += count;
        }

        long get(long key) {
            int slot = slot(keys, key);
            return keys[slot] == EMPTY ? 0 : counts[slot];
        }

        void forEach(Entry entry) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY) {
                    entry.accept(keys[i], counts[i]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldCounts = counts;
            keys = filled(oldKeys.length * 2);
            counts = new long[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            long mixed = key * 0x9E3779B97F4A7C15L;
            int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long[] filled(int length) {
            long[] keys = new long[length];
            Arrays.fill(keys, EMPTY);
            return keys;
        }
    }
}
