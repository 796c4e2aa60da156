package dev.errata.discovery;

import dev.errata.discovery.MoreLikeThisConditions.Condition;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * A shallow decision tree over rule conditions that separates the reviewed rows of a tag from the reviewed
 * rows without it, read as one rule: the paths to its leaves where most training rows have the tag, joined
 * by {@code or}. Splits maximise the fall in Gini impurity; a leaf needs {@value #MIN_LEAF} rows.
 */
final class MoreLikeThisTree {

    static final int MIN_LEAF = 3;

    /**
     * A leaf where the tag is likely: its path as rule conditions, the rows of the whole data it holds, and
     * the share of its training rows with the tag.
     */
    record Leaf(List<String> path, RoaringBitmap rows, double share) {}

    private final List<Condition> conditions;
    private final int depth;

    MoreLikeThisTree(List<Condition> conditions, int depth) {
        this.conditions = conditions;
        this.depth = depth;
    }

    /** The leaves where the tag is likely, learnt from the training rows, each with the rows of the data it holds. */
    List<Leaf> learn(RoaringBitmap training, RoaringBitmap tagged, int rowCount) {
        List<Leaf> leaves = new ArrayList<>();
        grow(training, tagged, RoaringBitmap.bitmapOfRange(0, rowCount), List.of(), depth, leaves);
        return leaves;
    }

    private void grow(
            RoaringBitmap training,
            RoaringBitmap tagged,
            RoaringBitmap region,
            List<String> path,
            int left,
            List<Leaf> leaves) {
        long n = training.getLongCardinality();
        long positive = RoaringBitmap.andCardinality(training, tagged);
        Condition split = left == 0 || positive == 0 || positive == n ? null : bestSplit(training, tagged, n, positive);
        if (split == null) {
            if (n > 0 && 2 * positive > n) {
                leaves.add(new Leaf(path, region, (double) positive / n));
            }
            return;
        }
        List<Leaf> inside = new ArrayList<>();
        grow(
                RoaringBitmap.and(training, split.rows()),
                tagged,
                RoaringBitmap.and(region, split.rows()),
                with(path, split.text()),
                left - 1,
                inside);
        List<Leaf> outside = new ArrayList<>();
        grow(
                RoaringBitmap.andNot(training, split.rows()),
                tagged,
                RoaringBitmap.andNot(region, split.rows()),
                with(path, split.complement()),
                left - 1,
                outside);
        if (isWhole(inside, path.size() + 1) && isWhole(outside, path.size() + 1)) {
            // both sides have the tag: the split says nothing, the node is one leaf
            leaves.add(new Leaf(path, region, (double) positive / n));
        } else {
            leaves.addAll(inside);
            leaves.addAll(outside);
        }
    }

    /** Whether the leaves of a side are that side itself, a leaf right below the split. */
    private static boolean isWhole(List<Leaf> side, int pathLength) {
        return side.size() == 1 && side.get(0).path().size() == pathLength;
    }

    private static List<String> with(List<String> path, String condition) {
        List<String> longer = new ArrayList<>(path);
        longer.add(condition);
        return List.copyOf(longer);
    }

    /** The condition whose split of the training rows lowers Gini impurity the most; null when none does. */
    private Condition bestSplit(RoaringBitmap training, RoaringBitmap tagged, long n, long positive) {
        RoaringBitmap trainingTagged = RoaringBitmap.and(training, tagged);
        double best = gini(positive, n) * n - 1e-12;
        Condition chosen = null;
        for (Condition c : conditions) {
            long in = RoaringBitmap.andCardinality(training, c.rows());
            long out = n - in;
            if (in < MIN_LEAF || out < MIN_LEAF) {
                continue;
            }
            long inPositive = RoaringBitmap.andCardinality(trainingTagged, c.rows());
            double impurity = gini(inPositive, in) * in + gini(positive - inPositive, out) * out;
            if (impurity < best) {
                best = impurity;
                chosen = c;
            }
        }
        return chosen;
    }

    private static double gini(long positive, long n) {
        double p = (double) positive / n;
        return 2 * p * (1 - p);
    }
}
