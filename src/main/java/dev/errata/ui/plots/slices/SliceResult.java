package dev.errata.ui.plots.slices;

import dev.errata.figure.SlicesFigure;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.RowGroups;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slices of a column or cross as the tab shows them: highest error rate first, each with its group
 * so a click can ask for its rows and its rule.
 *
 * @param overall the error rate over every evaluable row, the reference line
 */
public record SliceResult(RowGroups groups, List<Slice> slices, Proportion overall, Map<String, Integer> groupOfSlice) {

    static SliceResult of(RowGroups groups, SliceTable table, Proportion overall) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int group = 0; group < groups.groupCount(); group++) {
            groupOf.put(groups.label(group), group);
        }
        return new SliceResult(groups, SlicesFigure.byErrorRate(table.slices()), overall, groupOf);
    }

    int groupOf(Slice slice) {
        return groupOfSlice.get(slice.value());
    }
}
