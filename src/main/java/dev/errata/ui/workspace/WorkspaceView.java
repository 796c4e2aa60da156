package dev.errata.ui.workspace;

import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyGroup;
import dev.errata.ui.analysis.PrioritiesView;
import dev.errata.ui.analysis.TagMetricsPanel;
import dev.errata.ui.checks.ChecksView;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.review.ClipViewModel;
import dev.errata.ui.review.GalleryView;
import dev.errata.ui.review.GalleryViewModel;
import dev.errata.ui.review.ReviewViewModel;
import dev.errata.ui.review.RowDetailView;
import dev.errata.ui.suggestions.SuggestionsView;
import dev.errata.ui.table.ColumnChooser;
import dev.errata.ui.table.FilterBar;
import dev.errata.ui.table.RowTable;
import dev.errata.ui.tabs.LazyTab;
import dev.errata.ui.tags.TagSidebar;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/** The open project: tag list, filter bar and row table over the row detail, analysis tabs. */
public final class WorkspaceView extends BorderPane {

    private static final double SIDEBAR_MIN_WIDTH = 170;

    private final RowTable table;

    /** The row table's keys, in the order the keymap lists them. */
    private static final List<KeyAction> TABLE_KEYS = Arrays.stream(KeyAction.values())
            .filter(action -> action.group() == KeyGroup.TABLE)
            .toList();

    public WorkspaceView(Workspace workspace, KeyBindings keys) {
        getStyleClass().add("workspace");
        table = new RowTable(workspace.rows());
        table.follow(workspace.columns());
        table.filterBy(workspace.columnFilters());
        followReview(workspace.review(), workspace.clips(), keys);
        BorderPane rows = new BorderPane(table);
        FilterBar filters = new FilterBar(workspace.rows());
        filters.getChildren().add(new ColumnChooser(workspace.columns()));
        rows.setTop(filters);
        SplitPane centre = new SplitPane(rows, new RowDetailView(workspace.review(), workspace.clips()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);

        TabPane analysis = new TabPane(
                new Tab(Messages.text("tabs.tags"), new TagMetricsPanel(workspace.analysis())),
                LazyTab.of(Messages.text("tabs.priorities"), () -> new PrioritiesView(workspace.analysis())),
                LazyTab.of(Messages.text("tabs.suggestions"), () -> new SuggestionsView(workspace.suggestions(), keys)),
                LazyTab.of(Messages.text("tabs.checks"), () -> new ChecksView(workspace.checks())));
        analysis.setId("analysis-tabs");
        analysis.getTabs().addAll(PlotTabs.of(workspace.plots()));
        Path dataFolder = workspace.state().project().dataFile().getParent();
        if (GalleryViewModel.applies(workspace.rows().dataset(), dataFolder)) {
            Tab gallery = LazyTab.of(
                    Messages.text("tabs.gallery"),
                    () -> new GalleryView(new GalleryViewModel(workspace.rows(), workspace.review(), dataFolder)));
            gallery.setId("gallery-tab");
            analysis.getTabs().add(gallery);
        }
        analysis.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        TagSidebar sidebar =
                new TagSidebar(workspace.tags(), workspace.rows().tagFilterProperty(), workspace.moreLike()::ask);
        // without a floor the wide table and plots squeeze the tag names away on a laptop screen
        sidebar.setMinWidth(SIDEBAR_MIN_WIDTH);
        SplitPane split = new SplitPane(sidebar, centre, analysis);
        split.setDividerPositions(0.15, 0.62);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
        // review keys act on the table, so a project opens ready for J without a click first
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(table::requestFocus);
            }
        });
        // and after a button (the tag list's +, a filter's box) and the dialog it opened, the keys are the
        // table's again: left on the button, J, K, 1–9 and R did nothing and said nothing
        addEventHandler(ActionEvent.ACTION, event -> {
            if (event.getTarget() instanceof ButtonBase) {
                Platform.runLater(table::requestFocus);
            }
        });
    }

    /** The table's selection and the review position move together; the keymap's row table keys act on the table. */
    private void followReview(ReviewViewModel review, ClipViewModel clips, KeyBindings keys) {
        clips.playOnArrivalProperty().bind(keys.playOnArrivalProperty());
        table.getSelectionModel()
                .selectedIndexProperty()
                .addListener((obs, old, index) -> review.positionProperty().set(index.intValue()));
        review.positionProperty().addListener((obs, old, position) -> {
            int at = position.intValue();
            if (at >= 0 && table.getSelectionModel().getSelectedIndex() != at) {
                table.getSelectionModel().clearAndSelect(at);
                table.scrollTo(Math.max(0, at - 3));
            }
        });
        table.addEventHandler(
                KeyEvent.KEY_PRESSED,
                event -> keys.actionOf(event, TABLE_KEYS).ifPresent(action -> {
                    switch (action) {
                        case NEXT_ROW -> review.next();
                        case PREVIOUS_ROW -> review.previous();
                        case MARK_REVIEWED -> review.markReviewed(table.selectedRows(), true);
                        case UNMARK_REVIEWED -> review.markReviewed(table.selectedRows(), false);
                        case EDIT_NOTE -> review.editNote();
                        case PLAY_CLIP -> clips.toggle();
                        default -> throw new IllegalStateException("not a row table key: " + action);
                    }
                    event.consume();
                }));
    }

    public RowTable table() {
        return table;
    }
}
