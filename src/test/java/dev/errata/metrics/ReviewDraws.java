package dev.errata.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.roaringbitmap.RoaringBitmap;

/** What the coverage tests of the estimates share: drawing reviewed rows, and whether an interval held the truth. */
public final class ReviewDraws {

    private ReviewDraws() {}

    /** {@code count} rows of {@code from} at random, without replacement. */
    public static RoaringBitmap draw(Random random, RoaringBitmap from, int count) {
        List<Integer> rows = new ArrayList<>();
        from.forEach((int row) -> rows.add(row));
        Collections.shuffle(rows, random);
        RoaringBitmap drawn = new RoaringBitmap();
        rows.subList(0, count).forEach(drawn::add);
        return drawn;
    }

    /** 1 when the interval holds the truth, else 0. */
    public static int holds(Proportion p, double truth) {
        return p.low() <= truth && truth <= p.high() ? 1 : 0;
    }
}
