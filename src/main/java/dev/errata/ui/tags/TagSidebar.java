package dev.errata.ui.tags;

import dev.errata.tags.TagKind;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.text.SteadyText;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The tag list: colour, shortcut key, name and counts; a tag's menu renames, recolours, edits the rule and
 * description, sets or deletes it, and finds more rows like a hand tag's.
 */
public final class TagSidebar extends VBox {

    private final TagListViewModel model;
    private final Consumer<String> moreLikeThis;

    /**
     * @param tagFilter selecting a tag shows only its rows in the table
     * @param moreLikeThis a hand tag's "More like this…"
     */
    public TagSidebar(TagListViewModel model, ObjectProperty<String> tagFilter, Consumer<String> moreLikeThis) {
        this.model = model;
        this.moreLikeThis = moreLikeThis;
        getStyleClass().add("tag-sidebar");
        Label title = new Label(Messages.text("tags.title"));
        title.getStyleClass().add("sidebar-title");
        Button add = new Button("+");
        add.setId("add-tag");
        add.setOnAction(e -> model.create());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, add);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<TagItem> list = new ListView<>(model.items());
        list.setId("tag-list");
        list.setCellFactory(view -> new TagCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                tagFilter.set(item.name());
            }
        });
        tagFilter.addListener((obs, old, tag) -> {
            if (tag == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    /**
     * Builds its nodes and its menu once and fills them in when the list gives it another tag. The summary
     * follows its item, since an edit changes the summaries in place.
     */
    private final class TagCell extends ListCell<TagItem> {
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label shortcut = new Label();
        private final Label name = new Label();
        private final SteadyText summary = new SteadyText();
        private final VBox graphic;
        private final MenuItem moreLike = action(Messages.text("tags.menu.moreLike"), moreLikeThis);
        private final ContextMenu menu = new ContextMenu(
                action(Messages.text("tags.menu.edit"), model::edit),
                action(Messages.text("tags.menu.delete"), model::delete),
                moreLike);

        TagCell() {
            shortcut.getStyleClass().add("tag-shortcut");
            name.getStyleClass().add("tag-name");
            summary.getStyleClass().add("tag-summary");
            HBox line = new HBox(6, shortcut, swatch, name);
            line.setAlignment(Pos.CENTER_LEFT);
            graphic = new VBox(2, line, summary);
            menu.setId("tag-menu");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    model.edit(getItem().name());
                }
            });
        }

        @Override
        protected void updateItem(TagItem item, boolean empty) {
            super.updateItem(item, empty);
            summary.unbindText();
            if (empty || item == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            swatch.setFill(Color.web(item.definition().color()));
            Integer key = item.definition().shortcut();
            shortcut.setText(key == null ? " " : key.toString());
            name.setText(item.name());
            summary.bindText(item.summaryProperty());
            moreLike.setVisible(item.definition().kind() == TagKind.HAND);
            setGraphic(graphic);
            setContextMenu(menu);
        }

        /** A command on the tag the cell shows when the command is chosen. */
        private MenuItem action(String text, Consumer<String> command) {
            MenuItem item = new MenuItem(text);
            item.setOnAction(e -> {
                if (getItem() != null) {
                    command.accept(getItem().name());
                }
            });
            return item;
        }
    }
}
