package dev.errata.discovery;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.Proportion;
import dev.errata.tags.TagMembership;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Weak slices of the data, proposed: SliceLine's top slices by score, each with its error rate and interval,
 * lift, share of the errors, Fisher's one-sided p-value against the rest of the rows and a Benjamini–Hochberg
 * q-value over every slice the search scored, and the existing tags that already cover it.
 */
public final class SliceSearch {

    /** The search keeps this many times the slices asked for, so that enough distinct ones remain (DistinctSlices). */
    private static final int POOL = 5;

    private SliceSearch() {}

    /** @param tags the project's tags, to mark suggestions they already cover */
    public static SliceSuggestions run(
            Dataset data,
            ColumnRoles roles,
            MetricsSettings metrics,
            List<TagMembership> tags,
            SearchSettings settings,
            Progress progress) {
        Lattice found = search(data, roles, metrics, settings, settings.top() * POOL, progress);
        if (found == null) {
            return new SliceSuggestions(
                    List.of(),
                    0,
                    0,
                    settings.minSupport(ErrorRows.of(data, roles, metrics).evaluableCount()));
        }
        List<SliceLattice.EvaluatedSlice> evaluated = found.lattice().evaluated();
        double[] pValues = evaluated.stream()
                .mapToDouble(slice -> FisherTest.upperTail(found.rows(), found.errors(), slice.size(), slice.errors()))
                .toArray();
        double[] qValues = BenjaminiHochberg.qValues(pValues);
        List<Suggestion> shown = new ArrayList<>();
        int hidden = 0;
        for (SliceLattice.EvaluatedSlice slice : DistinctSlices.of(found.top(), found.lattice(), settings.top())) {
            if (!settings.showAll() && qValues[slice.index()] > SearchSettings.FALSE_DISCOVERY_RATE) {
                hidden++;
                continue;
            }
            shown.add(suggestion(slice, found, pValues[slice.index()], qValues[slice.index()], tags));
        }
        return new SliceSuggestions(
                shown, evaluated.size(), hidden, found.score().minSupport());
    }

    /** A finished lattice search: its basic slices, its evaluated slices and the top ones by score. */
    record Lattice(
            List<SliceItem> items,
            SliceLattice lattice,
            List<SliceLattice.EvaluatedSlice> top,
            SliceScore score,
            int errors) {
        int rows() {
            return score.rows();
        }

        /** The slice's conditions, in the order of its basic slices. */
        List<SliceCondition> conditions(SliceLattice.EvaluatedSlice slice) {
            List<SliceCondition> conditions = new ArrayList<>();
            for (int item : slice.items()) {
                conditions.addAll(items.get(item).conditions());
            }
            return conditions;
        }
    }

    /** SliceLine's top {@code k} by score, exactly, or null when there is no error to find. */
    static Lattice search(
            Dataset data,
            ColumnRoles roles,
            MetricsSettings metrics,
            SearchSettings settings,
            int k,
            Progress progress) {
        ErrorRows errorRows = ErrorRows.of(data, roles, metrics);
        int rows = errorRows.evaluableCount();
        int errorCount = errorRows.errorCount();
        if (errorCount == 0) {
            return null;
        }
        int minSupport = settings.minSupport(rows);
        long[] evaluable = RowWords.of(errorRows.evaluable(), data.rowCount());
        long[] errors = RowWords.of(errorRows.errors(), data.rowCount());
        List<SliceItem> items =
                FeatureItems.of(data, roles, settings.columns(), evaluable, errors, minSupport, progress);
        SliceScore score = new SliceScore(rows, (double) errorCount / rows, settings.alpha(), minSupport);
        SliceLattice lattice = new SliceLattice(items, evaluable, errors, score, progress);
        List<SliceLattice.EvaluatedSlice> top = lattice.search(settings.maxConditions(), k);
        return new Lattice(items, lattice, top, score, errorCount);
    }

    private static Suggestion suggestion(
            SliceLattice.EvaluatedSlice slice, Lattice found, double p, double q, List<TagMembership> tags) {
        long[][] memberRows = new long[slice.items().length][];
        for (int i = 0; i < slice.items().length; i++) {
            memberRows[i] = found.items().get(slice.items()[i]).rows();
        }
        RoaringBitmap sliceRows = RowWords.toBitmap(RowWords.intersection(memberRows));
        Proportion rate = Proportion.of(slice.errors(), slice.size());
        double overall = (double) found.errors() / found.rows();
        return new Suggestion(
                found.conditions(slice),
                sliceRows,
                slice.size(),
                slice.errors(),
                rate,
                rate.value() / overall,
                (double) slice.errors() / found.errors(),
                p,
                q,
                slice.score(),
                TagOverlap.of(sliceRows, tags));
    }
}
