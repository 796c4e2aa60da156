package dev.errata.discovery;

import dev.errata.data.Dataset;
import dev.errata.discovery.MoreLikeThisTree.Leaf;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.roaringbitmap.RoaringBitmap;

/**
 * A short readable rule for a hand tag: a decision tree of depth {@value #DEPTH} over the data's columns
 * that separates the tag's reviewed rows from the reviewed rows without it, written in the rule language,
 * with its precision and recall on the reviewed rows by {@value #FOLDS}-fold cross-validation (the tree
 * learnt anew without each fold, tried on it), and the unreviewed rows it holds, likeliest first.
 *
 * @param rule the rule, or empty when no split finds the tag
 * @param members the tag's reviewed rows the rule was learnt from
 * @param reviewed the reviewed rows the rule was learnt from
 * @param precision of the rule on held-out reviewed rows; NaN when no fold's rule held a row
 * @param recall of the rule on held-out reviewed rows
 * @param rows the rows of the whole data the rule holds
 * @param unreviewed the unreviewed rows it holds, in the order to review them: by the share of the tag
 *     in their leaf, then file order
 */
public record MoreLikeThis(
        String rule,
        long members,
        long reviewed,
        double precision,
        double recall,
        RoaringBitmap rows,
        List<Integer> unreviewed) {

    /** The fewest tagged reviewed rows to learn from: fewer give a rule that fits them by chance. */
    public static final int MIN_MEMBERS = 15;

    static final int DEPTH = 2;
    static final int FOLDS = 5;
    /** The seed of the folds, so the same tag gives the same figures every time. */
    private static final long SEED = 42;

    public MoreLikeThis {
        unreviewed = List.copyOf(unreviewed);
    }

    public boolean found() {
        return !rule.isEmpty();
    }

    /**
     * @param tagged the tag's rows
     * @param reviewed the reviewed rows, where the tag is known
     * @param idColumn the column of row ids, which no rule should name; null for none
     * @throws IllegalArgumentException when fewer than {@value #MIN_MEMBERS} reviewed rows have the tag, or
     *     none lacks it
     */
    public static MoreLikeThis of(Dataset data, RoaringBitmap tagged, RoaringBitmap reviewed, String idColumn) {
        RoaringBitmap members = RoaringBitmap.and(tagged, reviewed);
        long others = reviewed.getLongCardinality() - members.getLongCardinality();
        if (members.getLongCardinality() < MIN_MEMBERS || others == 0) {
            throw new IllegalArgumentException("more like this learns from at least " + MIN_MEMBERS
                    + " reviewed rows with the tag and some without it; the tag has " + members.getLongCardinality()
                    + " reviewed rows with it and " + others + " without");
        }
        MoreLikeThisTree tree = new MoreLikeThisTree(MoreLikeThisConditions.of(data, reviewed, idColumn), DEPTH);
        List<Leaf> leaves = tree.learn(reviewed, members, data.rowCount());
        long[] counts = crossValidated(tree, reviewed, members, data.rowCount());
        long selected = counts[0] + counts[1];
        RoaringBitmap rows = new RoaringBitmap();
        leaves.forEach(leaf -> rows.or(leaf.rows()));
        return new MoreLikeThis(
                text(leaves),
                members.getLongCardinality(),
                reviewed.getLongCardinality(),
                selected == 0 ? Double.NaN : (double) counts[0] / selected,
                (double) counts[0] / members.getLongCardinality(),
                rows,
                ranked(leaves, reviewed));
    }

    /** The true and false positives of the held-out folds, summed. */
    private static long[] crossValidated(
            MoreLikeThisTree tree, RoaringBitmap reviewed, RoaringBitmap members, int rowCount) {
        RoaringBitmap[] folds = folds(reviewed, members);
        long[] counts = new long[2];
        for (RoaringBitmap fold : folds) {
            RoaringBitmap training = RoaringBitmap.andNot(reviewed, fold);
            RoaringBitmap held = new RoaringBitmap();
            tree.learn(training, members, rowCount).forEach(leaf -> held.or(RoaringBitmap.and(leaf.rows(), fold)));
            long hits = RoaringBitmap.andCardinality(held, members);
            counts[0] += hits;
            counts[1] += held.getLongCardinality() - hits;
        }
        return counts;
    }

    /** The reviewed rows dealt at random into folds, the tagged and the others each spread evenly. */
    private static RoaringBitmap[] folds(RoaringBitmap reviewed, RoaringBitmap members) {
        RoaringBitmap[] folds = new RoaringBitmap[FOLDS];
        for (int f = 0; f < FOLDS; f++) {
            folds[f] = new RoaringBitmap();
        }
        Random random = new Random(SEED);
        for (RoaringBitmap kind : List.of(members, RoaringBitmap.andNot(reviewed, members))) {
            List<Integer> rows = new ArrayList<>();
            kind.forEach((int row) -> rows.add(row));
            Collections.shuffle(rows, random);
            for (int i = 0; i < rows.size(); i++) {
                folds[i % FOLDS].add(rows.get(i));
            }
        }
        return folds;
    }

    private static String text(List<Leaf> leaves) {
        if (leaves.size() == 1) {
            return String.join(" and ", leaves.get(0).path());
        }
        return leaves.stream()
                .map(leaf ->
                        leaf.path().size() == 1 ? leaf.path().get(0) : "(" + String.join(" and ", leaf.path()) + ")")
                .collect(Collectors.joining(" or "));
    }

    private static List<Integer> ranked(List<Leaf> leaves, RoaringBitmap reviewed) {
        List<Leaf> byShare = new ArrayList<>(leaves);
        byShare.sort(Comparator.comparingDouble(Leaf::share).reversed());
        List<Integer> order = new ArrayList<>();
        for (Leaf leaf : byShare) {
            RoaringBitmap.andNot(leaf.rows(), reviewed).forEach((int row) -> order.add(row));
        }
        return order;
    }
}
