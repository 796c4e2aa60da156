package dev.errata.ui.workspace;

import dev.errata.ui.table.FilterBar;
import dev.errata.ui.table.RowTable;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The open project: tag list, filter bar and row table, analysis tabs. */
public final class WorkspaceView extends BorderPane {

    private final RowTable table;

    public WorkspaceView(Workspace workspace) {
        getStyleClass().add("workspace");
        table = new RowTable(workspace.rows());
        BorderPane centre = new BorderPane(table);
        centre.setTop(new FilterBar(workspace.rows()));
        SplitPane split = new SplitPane(centre);
        setCenter(split);
    }

    public RowTable table() {
        return table;
    }
}
