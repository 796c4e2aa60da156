package dev.errata.ui.table;

import dev.errata.data.Column;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Model;
import dev.errata.data.NumericColumn;
import dev.errata.report.NumberText;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.ui.session.RowMarks;
import dev.errata.workbench.rows.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The virtualised row table: an error mark; the id, label, prediction and score columns; one check box per
 * hand or rule tag; then the other data columns in file order, so what a row is about and what the analyst
 * edits are in view before sixty-four pixel columns. Sorting is done by the ViewModel over row indices; the table only says which column and direction.
 */
public final class RowTable extends ViewportTable<Integer> {

    private final RowsViewModel model;
    private final Map<TableColumn<Integer, ?>, Function<Boolean, SortKey>> sortKeys = new HashMap<>();
    private final List<TableColumn<Integer, ?>> dataColumns = new ArrayList<>();
    private List<TableColumn<Integer, ?>> tagColumns = List.of();
    private List<TagDefinition> shownTags = List.of();
    /** How many of the data columns are the id, label, prediction and score, which the tag columns follow. */
    private final int outcomeColumns;
    /** The row of the latest selected line, kept while a new order replaces the lines; -1 before any. */
    private int currentRow = -1;
    /** The columns after the first few, left out of the table's first frames ({@link #holdBackColumnsAfter}). */
    private List<TableColumn<Integer, ?>> heldBack = List.of();

    public RowTable(RowsViewModel model) {
        super(model.rows());
        this.model = model;
        setId("row-table");
        getStyleClass().add("row-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        getColumns().add(errorColumn());
        ColumnRoles roles = model.state().project().roles();
        List<Model> models = model.state().project().models();
        List<String> names = roles.outcomeFirst(model.dataset().columnNames(), models);
        for (String name : names) {
            dataColumns.add(dataColumn(model.dataset().column(name)));
        }
        outcomeColumns = roles.outcomeColumns(names, models).size();
        getColumns().addAll(dataColumns);
        showTags(model.state().marks());
        // cells follow the marks themselves: refresh() would throw every cell away and style a thousand new ones
        model.state()
                .revisionProperty()
                .addListener((obs, old, edits) -> showTags(model.state().marks()));
        setSortPolicy(table -> {
            ObservableList<TableColumn<Integer, ?>> order = table.getSortOrder();
            model.sortProperty()
                    .set(
                            order.isEmpty()
                                    ? null
                                    : sortKeys.get(order.get(0))
                                            .apply(order.get(0).getSortType() == TableColumn.SortType.ASCENDING));
            return true;
        });
        // a sort the model lifts, for a walk of the review queue, leaves no arrow in a header
        model.sortProperty().addListener((obs, old, key) -> {
            if (key == null) {
                getSortOrder().clear();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::shortcutPressed);
        keepCurrentRowAcrossNewOrders();
    }

    /**
     * A new filter or sort gives the table new lines and JavaFX drops the selection; the row the analyst was
     * on is selected again wherever it went, so review goes on from it. The selection is let go before a sort
     * starts: TableView.sort compares the selections before and after a line at a time, quadratic in the
     * selected lines, and throws when the lines changed under it.
     */
    private void keepCurrentRowAcrossNewOrders() {
        getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() < model.rows().size()) {
                currentRow = model.rows().rowAt(index.intValue());
            }
        });
        setOnSort(event -> getSelectionModel().clearSelection());
        model.rows().addListener((ListChangeListener<Integer>) change -> {
            int line = currentRow < 0 ? -1 : model.rows().positionOf(currentRow);
            if (line >= 0) {
                getSelectionModel().clearAndSelect(line);
                scrollTo(Math.max(0, line - 3));
            }
        });
    }

    private void shortcutPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || !event.getCode().isDigitKey()) {
            return;
        }
        int key = event.getCode().getCode()
                - (event.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode() : KeyCode.DIGIT0.getCode());
        if (model.toggleShortcut(key, selectedRows()).isPresent()) {
            event.consume();
        }
    }

    /** The row indices of the selected table lines. */
    public int[] selectedRows() {
        // by position: the selection's list finds each next index from the last, which a stream's iterator does not
        // keep
        List<Integer> lines = getSelectionModel().getSelectedIndices();
        RowList rows = model.rows();
        int[] selected = new int[lines.size()];
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            int line = lines.get(i);
            if (line >= 0 && line < rows.size()) {
                selected[count++] = rows.rowAt(line);
            }
        }
        return count == selected.length ? selected : Arrays.copyOf(selected, count);
    }

    /** Shows and hides the data columns as the user chooses. */
    public void follow(ColumnVisibility columns) {
        for (TableColumn<Integer, ?> column : dataColumns) {
            column.visibleProperty().bind(columns.shownProperty(column.getText()));
        }
    }

    /** A filter button in each data column's header. */
    public void filterBy(ColumnFilters filters) {
        for (TableColumn<Integer, ?> column : dataColumns) {
            column.setGraphic(new ColumnFilterButton(filters, column.getText()));
        }
    }

    private TableColumn<Integer, String> errorColumn() {
        TableColumn<Integer, String> column = new TableColumn<>("●");
        column.setId("error-column");
        column.setPrefWidth(34);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(mark(cell.getValue())));
        column.setCellFactory(c -> new MarkedCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                show(empty ? null : item);
            }

            @Override
            void marksChanged(int row) {
                show(mark(row));
            }

            private void show(String item) {
                if (Objects.equals(item, getText())) {
                    return;
                }
                setText(item);
                getStyleClass().removeAll("error-mark", "correct-mark");
                if (item != null && !item.isEmpty()) {
                    getStyleClass().add("✗".equals(item) ? "error-mark" : "correct-mark");
                }
            }
        });
        sortKeys.put(column, SortKey::error);
        return column;
    }

    private String mark(int row) {
        if (model.isError(row)) {
            return "✗";
        }
        return model.isEvaluable(row) ? "✓" : "";
    }

    private TableColumn<Integer, String> dataColumn(Column data) {
        TableColumn<Integer, String> column = new TableColumn<>(data.name());
        column.setPrefWidth(headerWidth(data.name()));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(NumberText.cell(data, cell.getValue())));
        if (data instanceof NumericColumn) {
            column.getStyleClass().add("number-column");
        }
        sortKeys.put(column, ascending -> SortKey.column(data.name(), ascending));
        return column;
    }

    /**
     * A width from the header alone. A column left at the default width is sized by JavaFX to fit every
     * row's content, which walks all million rows.
     */
    private static double headerWidth(String header) {
        return Math.max(72, 9 * header.length() + 48);
    }

    /**
     * Leaves every column after the first {@code shown} out until {@link #showHeldBackColumns}: each is a
     * header to make and style, and a wide file's headers made the table's first frame the slowest.
     */
    public void holdBackColumnsAfter(int shown) {
        showHeldBackColumns();
        ObservableList<TableColumn<Integer, ?>> columns = getColumns();
        if (columns.size() > shown) {
            heldBack = new ArrayList<>(columns.subList(shown, columns.size()));
            columns.remove(shown, columns.size());
        }
    }

    public void showHeldBackColumns() {
        getColumns().addAll(heldBack);
        heldBack = List.of();
    }

    private void showTags(RowMarks marks) {
        if (marks.tags().equals(shownTags)) {
            return;
        }
        // the tag columns' places count from the whole list
        showHeldBackColumns();
        shownTags = marks.tags();
        getSortOrder().removeAll(tagColumns);
        tagColumns.forEach(sortKeys::remove);
        getColumns().removeAll(tagColumns);
        // an imported tag is its file column, which the table shows already; a second, read-only copy
        // would cost a cell on every line
        // the hand tags first: they are the ones a click edits, and rule tags' long names would push them away
        tagColumns = marks.tags().stream()
                .filter(tag -> tag.kind() != TagKind.IMPORTED)
                .sorted(Comparator.comparing(tag -> tag.kind() != TagKind.HAND))
                .<TableColumn<Integer, ?>>map(this::tagColumn)
                .toList();
        // right after the outcome: the tags are what the analyst edits, and a wide file would push them off screen
        getColumns().addAll(1 + outcomeColumns, tagColumns);
    }

    private TableColumn<Integer, Boolean> tagColumn(TagDefinition tag) {
        String header = tag.shortcut() == null ? tag.name() : tag.shortcut() + " " + tag.name();
        TableColumn<Integer, Boolean> column = new TableColumn<>(header);
        // a rule tag's long name would push the data off screen for one check box; the tag list shows it whole
        column.setPrefWidth(Math.min(headerWidth(header), 150));
        column.getStyleClass().add("tag-column");
        column.setStyle("-tag-color: " + tag.color() + ";");
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(model.state().marks().has(tag.name(), cell.getValue())));
        column.setCellFactory(c -> new TagCheckCell(tag));
        sortKeys.put(column, ascending -> SortKey.tag(tag.name(), ascending));
        return column;
    }

    /**
     * A cell that shows something of the marks or the error rows, which an edit changes, and updates itself
     * when they do rather than wait for the table to rebuild it.
     */
    private abstract class MarkedCell<T> extends TableCell<Integer, T> {
        // the cell holds its listener and the project only a weak reference to it, so dropped cells are collected
        private final ChangeListener<Number> edited = (obs, old, now) -> {
            Integer row =
                    isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                marksChanged(row);
            }
        };

        MarkedCell() {
            model.state().revisionProperty().addListener(new WeakChangeListener<>(edited));
        }

        /** The marks changed while the cell shows {@code row}. */
        abstract void marksChanged(int row);
    }

    /**
     * A check box that tags or untags its row; rule and imported tags follow from the data and are read-only. A
     * click on a box first selects its line, as a click anywhere else on the line does; only a click on the box
     * of the line already selected tags it, so picking a row never tags it by accident.
     */
    private final class TagCheckCell extends MarkedCell<Boolean> {
        private final CheckBox box = new CheckBox();
        private final String tag;
        /** Whether the press that began this click fell on the box of a line already selected. */
        private boolean armed;

        TagCheckCell(TagDefinition tag) {
            this.tag = tag.name();
            box.setDisable(tag.kind() != TagKind.HAND);
            // the cell takes the press, so the table selects the line as for any other cell
            box.setMouseTransparent(true);
            addEventFilter(
                    MouseEvent.MOUSE_PRESSED,
                    e -> armed = e.isPrimaryButtonDown()
                            && !e.isShiftDown()
                            && !e.isShortcutDown()
                            && onBox(e)
                            && getTableRow() != null
                            && getTableRow().isSelected());
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (armed && onBox(e) && box.isVisible() && !box.isDisabled()) {
                    model.toggleTag(tag.name(), new int[] {getTableRow().getItem()});
                }
                armed = false;
            });
            // hidden rather than taken out: a box put back into the scene is styled from scratch, and a new
            // sort or filter empties and refills every cell
            setGraphic(box);
            box.setVisible(false);
        }

        private boolean onBox(MouseEvent event) {
            return box.getBoundsInParent().contains(event.getX(), event.getY());
        }

        @Override
        protected void updateItem(Boolean tagged, boolean empty) {
            super.updateItem(tagged, empty);
            boolean shown = !empty && tagged != null;
            if (shown) {
                box.setSelected(tagged);
            }
            box.setVisible(shown);
        }

        @Override
        void marksChanged(int row) {
            box.setSelected(model.state().marks().has(tag, row));
        }
    }
}
