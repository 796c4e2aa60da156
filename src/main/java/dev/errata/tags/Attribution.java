package dev.errata.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * Who marked rows with one yes-or-no (reviewed, or a hand tag): each analyst's rows. A row may be several
 * analysts' (both reviewed it, and their projects were merged) or no one's (work from before analysts
 * were recorded).
 */
final class Attribution {

    private final Map<String, RoaringBitmap> byAnalyst = new TreeMap<>();

    Attribution(Map<String, RoaringBitmap> initial) {
        initial.forEach(this::add);
    }

    void add(String analyst, RoaringBitmap rows) {
        if (analyst != null && !rows.isEmpty()) {
            byAnalyst.computeIfAbsent(analyst, a -> new RoaringBitmap()).or(rows);
        }
    }

    void remove(String analyst, RoaringBitmap rows) {
        RoaringBitmap theirs = analyst == null ? null : byAnalyst.get(analyst);
        if (theirs != null) {
            theirs.andNot(rows);
            if (theirs.isEmpty()) {
                byAnalyst.remove(analyst);
            }
        }
    }

    /** Keeps only rows still marked, e.g. of a file whose lists disagree. */
    void retain(RoaringBitmap marked) {
        byAnalyst.values().forEach(rows -> rows.and(marked));
        byAnalyst.values().removeIf(RoaringBitmap::isEmpty);
    }

    /**
     * {@code rows} split by who marked them, and the rows no one is recorded for under the null key; a row
     * of two analysts is in both shares. Unmarking one edit per share lets undo give each row back its analysts.
     */
    Map<String, RoaringBitmap> shares(RoaringBitmap rows) {
        Map<String, RoaringBitmap> shares = new LinkedHashMap<>();
        RoaringBitmap nobody = rows.clone();
        byAnalyst.forEach((analyst, theirs) -> {
            RoaringBitmap share = RoaringBitmap.and(rows, theirs);
            if (!share.isEmpty()) {
                shares.put(analyst, share);
                nobody.andNot(share);
            }
        });
        if (!nobody.isEmpty()) {
            shares.put(null, nobody);
        }
        return shares;
    }

    List<String> analysts(int row) {
        return analysts(byAnalyst, row);
    }

    static List<String> analysts(Map<String, RoaringBitmap> byAnalyst, int row) {
        List<String> analysts = new ArrayList<>();
        byAnalyst.forEach((analyst, rows) -> {
            if (rows.contains(row)) {
                analysts.add(analyst);
            }
        });
        return analysts;
    }

    Map<String, RoaringBitmap> copy() {
        Map<String, RoaringBitmap> copy = new TreeMap<>();
        byAnalyst.forEach((analyst, rows) -> copy.put(analyst, rows.clone()));
        return Collections.unmodifiableMap(copy);
    }
}
