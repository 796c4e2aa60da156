package dev.errata.metrics;

import dev.errata.data.Dataset;
import dev.errata.tags.ReviewQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.roaringbitmap.RoaringBitmap;

/**
 * Draws a review queue: a simple random sample from each stratum, errors and correct rows each spread
 * over their strata in proportion to size (largest remainders, and at least one row from every stratum
 * that has rows while the count allows), so every stratum the estimates need gets a reviewed row. The
 * draw is seeded with {@link Random}, whose sequence Java specifies, so a seed gives the same queue on
 * every machine.
 */
public final class ReviewSampler {

    private ReviewSampler() {}

    /**
     * Draws from errors and correct rows, each split by the values (numbers: quantile bins) of
     * {@code strataColumn} when it is not null.
     *
     * @throws IllegalArgumentException when the column is missing
     */
    public static ReviewQueue draw(
            Dataset data, ErrorRows errorRows, String strataColumn, int errors, int correct, long seed) {
        return draw(ReviewStrata.of(data, errorRows, strataColumn), errors, correct, strataColumn, seed);
    }

    /**
     * @param strata the design's strata
     * @param strataColumn the slice column {@code strata} split by, recorded in the queue; null for none
     */
    public static ReviewQueue draw(ReviewStrata strata, int errors, int correct, String strataColumn, long seed) {
        int count = strata.names().size();
        long[] population = new long[count];
        boolean[] holdsErrors = new boolean[count];
        for (int h = 0; h < count; h++) {
            population[h] = strata.rows(h).getLongCardinality();
            holdsErrors[h] = strata.holdsErrors(h);
        }
        int[] drawn = allocation(holdsErrors, population, errors, correct);

        Random random = new Random(seed);
        List<int[]> rows = new ArrayList<>();
        List<ReviewQueue.Stratum> design = new ArrayList<>();
        for (int h = 0; h < count; h++) {
            rows.add(firstOfShuffle(strata.rows(h), drawn[h], random));
            design.add(new ReviewQueue.Stratum(strata.names().get(h), holdsErrors[h], population[h], drawn[h]));
        }
        return queue(seed, errors, correct, strataColumn, design, rows);
    }

    /**
     * How many rows each stratum gives: {@code errors} spread over the strata holding errors and
     * {@code correct} over the others, in proportion to their sizes. A draw made elsewhere (over data too
     * large for one machine) takes its counts from here, so its design is the desktop's.
     */
    public static int[] allocation(boolean[] holdsErrors, long[] population, int errors, int correct) {
        if (errors < 0 || correct < 0) {
            throw new IllegalArgumentException(
                    "a review sample needs a count of errors and of correct rows of 0 or more");
        }
        int[] drawn = new int[population.length];
        allocate(holdsErrors, population, errors, true, drawn);
        allocate(holdsErrors, population, correct, false, drawn);
        return drawn;
    }

    /**
     * The queue of rows drawn from each stratum, in the order of their draw: each stratum's rows spread
     * evenly along the queue, so any part of it reviewed holds all strata.
     *
     * @param rows per stratum of {@code design}, the rows drawn from it
     */
    public static ReviewQueue queue(
            long seed,
            int errors,
            int correct,
            String strataColumn,
            List<ReviewQueue.Stratum> design,
            List<int[]> rows) {
        List<Placed> placed = new ArrayList<>();
        for (int h = 0; h < rows.size(); h++) {
            int[] drawn = rows.get(h);
            for (int j = 0; j < drawn.length; j++) {
                placed.add(new Placed(drawn[j], (j + 0.5) / drawn.length, h));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::position).thenComparingInt(Placed::stratum));
        return new ReviewQueue(
                seed,
                errors,
                correct,
                strataColumn,
                design,
                placed.stream().map(Placed::row).toList(),
                false,
                Map.of());
    }

    private record Placed(int row, double position, int stratum) {}

    /** Spreads {@code wanted} rows over the strata of one kind in proportion to their sizes. */
    private static void allocate(boolean[] holdsErrors, long[] population, int wanted, boolean errors, int[] drawn) {
        List<Integer> kind = new ArrayList<>();
        long total = 0;
        for (int h = 0; h < population.length; h++) {
            if (holdsErrors[h] == errors && population[h] > 0) {
                kind.add(h);
                total += population[h];
            }
        }
        long take = Math.min(wanted, total);
        if (take == 0) {
            return;
        }
        double[] remainder = new double[population.length];
        long given = 0;
        for (int h : kind) {
            double exact = (double) take * population[h] / total;
            drawn[h] = (int) Math.floor(exact);
            remainder[h] = exact - drawn[h];
            given += drawn[h];
        }
        List<Integer> byRemainder = new ArrayList<>(kind);
        byRemainder.sort(
                Comparator.comparingDouble((Integer h) -> -remainder[h]).thenComparingInt(h -> h));
        for (int i = 0; given < take; i++, given++) {
            drawn[byRemainder.get(i % byRemainder.size())]++;
        }
        if (take >= kind.size()) {
            for (int h : kind) {
                if (drawn[h] == 0) {
                    int largest = kind.stream()
                            .max(Comparator.comparingInt(k -> drawn[k]))
                            .orElseThrow();
                    drawn[largest]--;
                    drawn[h]++;
                }
            }
        }
    }

    /** The first {@code count} rows of a random order of {@code rows} (a partial Fisher–Yates shuffle). */
    private static int[] firstOfShuffle(RoaringBitmap rows, int count, Random random) {
        int[] all = rows.toArray();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(all.length - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] first = new int[count];
        System.arraycopy(all, 0, first, 0, count);
        return first;
    }
}
