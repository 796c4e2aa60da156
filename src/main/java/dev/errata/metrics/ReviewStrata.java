package dev.errata.metrics;

import dev.errata.data.Dataset;
import java.util.ArrayList;
import java.util.List;
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

    private ReviewStrata(ErrorRows errorRows, List<Population> populations) {
        this.errorRows = errorRows;
        this.populations = List.copyOf(populations);
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
        for (Population p : populations) {
            strata.add(new Stratum(
                    p.name(),
                    p.errors(),
                    p.rows().getLongCardinality(),
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
