package dev.errata.metrics;

import dev.errata.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * The strata a reviewed sample is drawn from: the evaluable rows split into errors and correct rows, and,
 * when the review design stratifies by a slice column, each of those split again by the column's value.
 * Hand-tag estimates weight each reviewed row by its stratum (see {@link SampleEstimate}).
 */
public final class ReviewStrata {

    private record Population(String name, boolean errors, RoaringBitmap rows) {}

    private final ErrorRows errorRows;
    private final List<Population> populations;
    /** Each stratum's size in the data the review was drawn from, in the order of the populations; null for these rows'. */
    private final long[] recorded;

    private ReviewStrata(ErrorRows errorRows, List<Population> populations) {
        this(errorRows, populations, null);
    }

    private ReviewStrata(ErrorRows errorRows, List<Population> populations, long[] recorded) {
        this.errorRows = errorRows;
        this.populations = List.copyOf(populations);
        this.recorded = recorded;
    }

    /**
     * These strata with the sizes a review design recorded for them, when the rows here are a sample of the
     * data it was drawn from: every stratum is named in {@code sizes}, none holds more rows here than there,
     * and one holds fewer. A sample drawn on a cluster then has its hand-tag estimates speak for the whole
     * data. Otherwise, as for a review drawn from these very rows, the strata are left as they are: their
     * sizes follow the rows' errors, which a new threshold changes.
     */
    public ReviewStrata withRecordedSizes(Map<String, Long> sizes) {
        if (sizes.isEmpty()) {
            return this;
        }
        long[] sized = new long[populations.size()];
        boolean fewer = false;
        for (int i = 0; i < sized.length; i++) {
            Population p = populations.get(i);
            Long size = sizes.get(p.name());
            long here = p.rows().getLongCardinality();
            if (size == null || size < here) {
                return this;
            }
            sized[i] = size;
            fewer |= size > here;
        }
        return fewer ? new ReviewStrata(errorRows, populations, sized) : this;
    }

    /** The rows the estimates speak for: the evaluable rows here, or the recorded strata's sum. */
    public long population() {
        return recorded == null ? errorRows.evaluable().getLongCardinality() : sum(true, true);
    }

    /** The errors among them. */
    public long errorPopulation() {
        return recorded == null ? errorRows.errors().getLongCardinality() : sum(true, false);
    }

    private long sum(boolean errors, boolean correct) {
        long total = 0;
        for (int i = 0; i < recorded.length; i++) {
            boolean holdsErrors = populations.get(i).errors();
            if (holdsErrors ? errors : correct) {
                total += recorded[i];
            }
        }
        return total;
    }

    /**
     * Errors and correct rows, each split by the values of {@code column} (numbers: in quantile bins) when
     * it is not null.
     *
     * @throws IllegalArgumentException when the column is missing
     */
    public static ReviewStrata of(Dataset data, ErrorRows errorRows, String column) {
        return column == null
                ? byOutcome(errorRows)
                : byOutcomeAnd(errorRows, RowGroups.of(data, column, MetricsSettings.DEFAULT_BINS));
    }

    /** Errors and correct rows: the strata every review has, whatever order the rows were picked in. */
    public static ReviewStrata byOutcome(ErrorRows errorRows) {
        return new ReviewStrata(
                errorRows,
                List.of(
                        new Population("errors", true, errorRows.errors()),
                        new Population("correct rows", false, correct(errorRows))));
    }

    /** Errors and correct rows within each group of a slice column that has rows. */
    public static ReviewStrata byOutcomeAnd(ErrorRows errorRows, RowGroups groups) {
        RoaringBitmap correct = correct(errorRows);
        List<Population> populations = new ArrayList<>();
        for (int g = 0; g < groups.groupCount(); g++) {
            RoaringBitmap rows = groups.rows(g);
            if (rows.isEmpty()) {
                continue;
            }
            String where = " where " + groups.column() + " = " + groups.label(g);
            populations.add(new Population("errors" + where, true, RoaringBitmap.and(rows, errorRows.errors())));
            populations.add(new Population("correct rows" + where, false, RoaringBitmap.and(rows, correct)));
        }
        return new ReviewStrata(errorRows, populations);
    }

    /**
     * These strata, each split by whether the model the review was drawn against got its rows wrong: the
     * strata another model's hand-tag estimates need. The review picked rows by the first model's outcome,
     * not the other's, so within the other model's errors the first model's errors are over-represented;
     * within each piece the reviewed rows are again a uniform draw, and weighting by the pieces is unbiased.
     *
     * @param designErrors the rows the reviewed model got wrong
     */
    public ReviewStrata splitBy(RoaringBitmap designErrors) {
        List<Population> split = new ArrayList<>();
        for (Population p : populations) {
            split.add(new Population(
                    p.name() + " that the reviewed model got wrong",
                    p.errors(),
                    RoaringBitmap.and(p.rows(), designErrors)));
            split.add(new Population(
                    p.name() + " that the reviewed model got right",
                    p.errors(),
                    RoaringBitmap.andNot(p.rows(), designErrors)));
        }
        return new ReviewStrata(errorRows, split);
    }

    private static RoaringBitmap correct(ErrorRows errorRows) {
        return RoaringBitmap.andNot(errorRows.evaluable(), errorRows.errors());
    }

    public ErrorRows errorRows() {
        return errorRows;
    }

    /** Each stratum's rows, reviewed rows and reviewed rows carrying the tag. */
    public List<Stratum> count(RoaringBitmap reviewed, RoaringBitmap tagged) {
        RoaringBitmap reviewedTagged = RoaringBitmap.and(reviewed, tagged);
        List<Stratum> strata = new ArrayList<>(populations.size());
        for (int i = 0; i < populations.size(); i++) {
            Population p = populations.get(i);
            strata.add(new Stratum(
                    p.name(),
                    p.errors(),
                    recorded == null ? p.rows().getLongCardinality() : recorded[i],
                    RoaringBitmap.andCardinality(p.rows(), reviewed),
                    RoaringBitmap.andCardinality(p.rows(), reviewedTagged)));
        }
        return strata;
    }

    /** The strata's names, in the order of {@link #rows(int)}: "errors", "correct rows where geography = Spain". */
    public List<String> names() {
        return populations.stream().map(Population::name).toList();
    }

    /** The evaluable rows of one stratum, e.g. to draw a review queue from it. */
    public RoaringBitmap rows(int stratum) {
        return populations.get(stratum).rows();
    }

    public boolean holdsErrors(int stratum) {
        return populations.get(stratum).errors();
    }
}
