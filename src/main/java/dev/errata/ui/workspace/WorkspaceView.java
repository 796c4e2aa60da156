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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    /** The row table's columns in its first frames: more than a wide screen shows. */
    private static final int FIRST_COLUMNS = 16;

    /** The row table's keys, in the order the keymap lists them. */
    private static final List<KeyAction> TABLE_KEYS = Arrays.stream(KeyAction.values())
            .filter(action -> action.group() == KeyGroup.TABLE)
            .toList();

    private final FrameByFrame reveal;
    /** Made in the first frame, with the table's first lines. */
    private RowTable table;

    /**
     * The workspace's frame at once; its parts a frame at a time ({@link FrameByFrame}): the row table a few
     * lines more each frame, the filter bar, the tag list, the row detail, then the analysis tabs.
     */
    public WorkspaceView(Workspace workspace, KeyBindings keys) {
        getStyleClass().add("workspace");
        // each part goes into a place of its own: an item put into a split pane moves its dividers back
        BorderPane rows = new BorderPane();
        BorderPane detail = new BorderPane();
        SplitPane centre = new SplitPane(rows, detail);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);
        TabPane analysis = new TabPane();
        analysis.setId("analysis-tabs");
        analysis.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane tagList = new BorderPane();
        // without a floor the wide table and plots squeeze the tag names away on a laptop screen
        tagList.setMinWidth(SIDEBAR_MIN_WIDTH);
        SplitPane split = new SplitPane(tagList, centre, analysis);
        split.setDividerPositions(0.15, 0.62);
        SplitPane.setResizableWithParent(tagList, false);
        setCenter(split);

        // the first frame styles the frame alone: split panes, tabs and their dividers, while the table is made
        List<Runnable> parts = new ArrayList<>(FrameByFrame.linesByLines(
                () -> rowTable(workspace, keys),
                made -> {
                    table = made;
                    rows.setCenter(made);
                },
                FrameByFrame.FEW_LINES_FIRST));
        // the rest of the header, before the first line of cells
        parts.add(2, () -> table.showHeldBackColumns());
        parts.add(() -> {
            FilterBar filters = new FilterBar(workspace.rows());
            filters.getChildren().add(new ColumnChooser(workspace.columns()));
            rows.setTop(filters);
        });
        parts.add(() -> tagList.setCenter(
                new TagSidebar(workspace.tags(), workspace.rows().tagFilterProperty(), workspace.moreLike()::ask)));
        parts.add(() -> detail.setCenter(new RowDetailView(workspace.review(), workspace.clips())));
        // by now the code that styles a table's lines has run, so the metric panel's come in larger steps
        parts.addAll(FrameByFrame.linesByLines(
                () -> new TagMetricsPanel(workspace.analysis()),
                panel -> analysis.getTabs().setAll(analysisTabs(workspace, keys, panel)),
                FrameByFrame.MORE_LINES_FIRST));
        reveal = new FrameByFrame(parts);
        reveal.start();
        // a project closed, or another opened, within the first second leaves the rest of this one unmade
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                reveal.stop();
            }
        });
        // after a button (the tag list's +, a filter's box) and the dialog it opened, the keys are the table's
        // again: left on the button, J, K, 1–9 and R did nothing and said nothing
        addEventHandler(ActionEvent.ACTION, event -> {
            if (event.getTarget() instanceof ButtonBase && table != null) {
                Platform.runLater(table::requestFocus);
            }
        });
    }

    private RowTable rowTable(Workspace workspace, KeyBindings keys) {
        RowTable made = new RowTable(workspace.rows());
        made.holdBackColumnsAfter(FIRST_COLUMNS);
        made.follow(workspace.columns());
        made.filterBy(workspace.columnFilters());
        followReview(made, workspace.review(), workspace.clips(), keys);
        // review keys act on the table, so a project opens ready for J without a click first
        made.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(made::requestFocus);
            }
        });
        return made;
    }

    /** The table's selection and the review position move together; the keymap's row table keys act on the table. */
    private static void followReview(RowTable table, ReviewViewModel review, ClipViewModel clips, KeyBindings keys) {
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

    private static List<Tab> analysisTabs(Workspace workspace, KeyBindings keys, TagMetricsPanel tagMetrics) {
        List<Tab> tabs = new ArrayList<>(List.of(
                new Tab(Messages.text("tabs.tags"), tagMetrics),
                LazyTab.of(Messages.text("tabs.priorities"), () -> new PrioritiesView(workspace.analysis())),
                LazyTab.of(Messages.text("tabs.suggestions"), () -> new SuggestionsView(workspace.suggestions(), keys)),
                LazyTab.of(Messages.text("tabs.checks"), () -> new ChecksView(workspace.checks()))));
        tabs.addAll(PlotTabs.of(workspace.plots()));
        Path dataFolder = workspace.state().project().dataFile().getParent();
        if (GalleryViewModel.applies(workspace.rows().dataset(), dataFolder)) {
            Tab gallery = LazyTab.of(
                    Messages.text("tabs.gallery"),
                    () -> new GalleryView(new GalleryViewModel(workspace.rows(), workspace.review(), dataFolder)));
            gallery.setId("gallery-tab");
            tabs.add(gallery);
        }
        return tabs;
    }

    /** Once every part of the workspace is on the screen. */
    public ReadOnlyBooleanProperty shownProperty() {
        return reveal.doneProperty();
    }

    /** The row table; null until the first frame of the workspace has been drawn. */
    public RowTable table() {
        return table;
    }
}
