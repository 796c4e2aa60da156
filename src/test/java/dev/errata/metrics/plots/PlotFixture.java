package dev.errata.metrics.plots;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import dev.errata.metrics.Outcomes;

/** Six binary rows with tied scores; every number in the plot tests is counted by hand from this table. */
final class PlotFixture {

    static final Dataset DATA = new DatasetBuilder("d")
            .numeric("y", 1, 0, 1, 0, 1, 0)
            .numeric("p", 1, 1, 1, 1, 0, 0)
            .numeric("s", 0.9, 0.8, 0.7, 0.7, 0.3, 0.1)
            .categorical("g", "a", "a", "a", "b", "b", "b")
            .build();
    static final Outcomes OUTCOMES = Outcomes.of(DATA, new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, null));

    private PlotFixture() {}
}
