package dev.errata.tags;

import java.util.List;
import java.util.OptionalInt;
import org.roaringbitmap.RoaringBitmap;

/**
 * Rows drawn at random for the analyst to review, and the design they were drawn by, so the hand-tag
 * estimates can weight them and the same queue comes back after reopening and on a colleague's machine.
 * Review mode walks {@code rows} in order; the order interleaves the strata, so any part reviewed so far
 * is itself a random sample of each.
 *
 * @param seed the seed of the draw
 * @param errors how many errors were asked for
 * @param correct how many correct rows were asked for
 * @param strataColumn the slice column the draw was stratified by within errors and correct rows; null for
 *     none
 * @param strata each stratum's size in the data and how many of its rows were drawn
 * @param rows the drawn rows, by row index, in the order to review them
 * @param excludePicked whether rows reviewed outside the queue (picked by hand) are left out of the
 *     estimates; picked rows may not represent their stratum
 */
public record ReviewQueue(
        long seed,
        int errors,
        int correct,
        String strataColumn,
        List<Stratum> strata,
        List<Integer> rows,
        boolean excludePicked) {

    /**
     * One stratum of the design.
     *
     * @param name "errors", or "correct rows where geography = Spain"
     * @param population the stratum's rows in the data
     * @param drawn how many of them the queue holds
     */
    public record Stratum(String name, boolean errors, long population, int drawn) {

        /** The chance of each of the stratum's rows to be in the queue. */
        public double inclusionChance() {
            return population == 0 ? 0 : (double) drawn / population;
        }
    }

    public ReviewQueue {
        strata = List.copyOf(strata);
        rows = List.copyOf(rows);
    }

    public RoaringBitmap rowSet() {
        RoaringBitmap set = new RoaringBitmap();
        rows.forEach(set::add);
        return set;
    }

    /**
     * The reviewed rows counted against the queue's errors and correct rows, and those reviewed outside it.
     *
     * @param errors the error rows as they are now
     */
    public QueueProgress progress(RoaringBitmap reviewed, RoaringBitmap errors) {
        RoaringBitmap queued = rowSet();
        RoaringBitmap queuedErrors = RoaringBitmap.and(queued, errors);
        RoaringBitmap queuedCorrect = RoaringBitmap.andNot(queued, errors);
        return new QueueProgress(
                RoaringBitmap.andCardinality(queuedErrors, reviewed),
                queuedErrors.getLongCardinality(),
                RoaringBitmap.andCardinality(queuedCorrect, reviewed),
                queuedCorrect.getLongCardinality(),
                RoaringBitmap.andNotCardinality(reviewed, queued));
    }

    /** The first row in review order not yet reviewed, where a walk of the queue starts; empty when all are. */
    public OptionalInt firstUnreviewed(RoaringBitmap reviewed) {
        return rows.stream()
                .mapToInt(Integer::intValue)
                .filter(row -> !reviewed.contains(row))
                .findFirst();
    }

    public ReviewQueue withExcludePicked(boolean exclude) {
        return new ReviewQueue(seed, errors, correct, strataColumn, strata, rows, exclude);
    }
}
