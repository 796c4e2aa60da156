package dev.errata.tags;

import org.roaringbitmap.RoaringBitmap;

/** Row counts as edit labels read them: "1 row", "200 rows". */
final class RowCount {

    private RowCount() {}

    static String of(RoaringBitmap rows) {
        long n = rows.getLongCardinality();
        return n + (n == 1 ? " row" : " rows");
    }
}
