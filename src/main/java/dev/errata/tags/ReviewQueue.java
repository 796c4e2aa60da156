package dev.errata.tags;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
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
 * @param shares when the queue is split between analysts, each one's rows in the order to review them;
 *     empty when it is not
 */
public record ReviewQueue(
        long seed,
        int errors,
        int correct,
        String strataColumn,
        List<Stratum> strata,
        List<Integer> rows,
        boolean excludePicked,
        Map<String, List<Integer>> shares) {

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
        Map<String, List<Integer>> sorted = new TreeMap<>();
        shares.forEach((analyst, share) -> sorted.put(analyst, List.copyOf(share)));
        shares = Collections.unmodifiableMap(sorted);
    }

    /**
     * The queue split between analysts: the same {@code overlap} rows, drawn at random, come first in every
     * share, so that their agreement can be measured; the other rows are dealt in turn in the queue's order,
     * each to one analyst, so that every share interleaves the strata as the queue does.
     *
     * @throws IllegalArgumentException for no analyst, a name twice, an overlap below 0 or beyond the queue,
     *     or too few rows to give every analyst one
     */
    public ReviewQueue split(List<String> analysts, int overlap) {
        return new ReviewQueue(
                seed, errors, correct, strataColumn, strata, rows, excludePicked, dealt(analysts, overlap, rows, ""));
    }

    /**
     * The queue as drawn, with the rows not yet reviewed split between analysts as {@link #split} splits a
     * whole queue: for a queue drawn before its review was shared out. The reviewed rows are in no share.
     *
     * @throws IllegalArgumentException as {@link #split}, counting only the rows not yet reviewed
     */
    public ReviewQueue splitRemaining(List<String> analysts, int overlap, RoaringBitmap reviewed) {
        List<Integer> remaining =
                rows.stream().filter(row -> !reviewed.contains(row)).toList();
        return new ReviewQueue(
                seed,
                errors,
                correct,
                strataColumn,
                strata,
                rows,
                excludePicked,
                dealt(analysts, overlap, remaining, " not yet reviewed"));
    }

    /** The shares of {@code among} (rows of the queue, in its order); {@code which} says what they are in messages. */
    private Map<String, List<Integer>> dealt(List<String> analysts, int overlap, List<Integer> among, String which) {
        List<String> names = analysts.stream().map(Analyst::require).toList();
        if (names.isEmpty() || Set.copyOf(names).size() != names.size()) {
            throw new IllegalArgumentException("a queue is split between distinct analysts, each named once");
        }
        if (overlap < 0 || overlap > among.size()) {
            throw new IllegalArgumentException(
                    "the overlap is 0 to the queue's " + among.size() + " rows" + which + ", not " + overlap);
        }
        if (overlap == 0 && among.size() < names.size()) {
            throw new IllegalArgumentException("the queue's " + among.size() + " rows" + which
                    + " are too few to give each of " + names.size() + " analysts a row");
        }
        List<Integer> positions =
                new ArrayList<>(IntStream.range(0, among.size()).boxed().toList());
        // the seed of the draw and of the split are apart, so a split does not repeat the draw's choices
        Collections.shuffle(positions, new Random(seed ^ 0x5DEECE66DL));
        Set<Integer> shared = Set.copyOf(positions.subList(0, overlap));
        Map<String, List<Integer>> split = new LinkedHashMap<>();
        names.forEach(name -> split.put(name, new ArrayList<>()));
        List<Integer> own = new ArrayList<>();
        for (int at = 0; at < among.size(); at++) {
            Integer row = among.get(at);
            if (shared.contains(at)) {
                split.values().forEach(share -> share.add(row));
            } else {
                own.add(row);
            }
        }
        for (int i = 0; i < own.size(); i++) {
            split.get(names.get(i % names.size())).add(own.get(i));
        }
        return split;
    }

    /** The rows an analyst walks: their share of a split queue, or the whole queue for anyone it does not name. */
    public List<Integer> rowsFor(String analyst) {
        return shares.getOrDefault(analyst, rows);
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

    /**
     * The first row in an analyst's review order not yet reviewed, where their walk of the queue starts;
     * empty when all are.
     */
    public OptionalInt firstUnreviewed(String analyst, RoaringBitmap reviewed) {
        return rowsFor(analyst).stream()
                .mapToInt(Integer::intValue)
                .filter(row -> !reviewed.contains(row))
                .findFirst();
    }

    public ReviewQueue withExcludePicked(boolean exclude) {
        return new ReviewQueue(seed, errors, correct, strataColumn, strata, rows, exclude, shares);
    }
}
