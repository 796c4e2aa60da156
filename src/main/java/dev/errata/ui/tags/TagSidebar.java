package dev.errata.ui.tags;

import dev.errata.tags.TagKind;
import dev.errata.ui.messages.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;

/**
 * The tag list: colour, shortcut key, name and counts; a tag's menu renames, recolours, edits the rule and
 * description, sets or deletes it.
 */
public final class TagSidebar extends VBox {

    private final TagListViewModel model;

    /** @param tagFilter selecting a tag shows only its rows in the table */
    public TagSidebar(TagListViewModel model, ObjectProperty<String> tagFilter) {
        this.model = model;
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

    /** Builds its nodes once and fills them in, since every edit gives the list new items. */
    private final class TagCell extends ListCell<TagItem> {
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label shortcut = new Label();
        private final Label name = new Label();
        private final Label summary = new Label();
        private final VBox graphic;
        /** The tag the context menu is for: a new menu only when the cell shows another tag. */
        private TagItem menuFor;

        TagCell() {
            shortcut.getStyleClass().add("tag-shortcut");
            name.getStyleClass().add("tag-name");
            summary.getStyleClass().add("tag-summary");
            HBox line = new HBox(6, shortcut, swatch, name);
            line.setAlignment(Pos.CENTER_LEFT);
            graphic = new VBox(2, line, summary);
        }

        @Override
        protected void updateItem(TagItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setContextMenu(null);
                menuFor = null;
                return;
            }
            swatch.setFill(Color.web(item.definition().color()));
            Integer key = item.definition().shortcut();
            shortcut.setText(key == null ? " " : key.toString());
            name.setText(item.name());
            summary.setText(item.summary());
            setGraphic(graphic);
            if (menuFor == null || !menuFor.definition().equals(item.definition())) {
                menuFor = item;
                setContextMenu(menu(item.name(), item.definition().kind() == TagKind.RULE));
            }
        }

        private ContextMenu menu(String tag, boolean ruleTag) {
            ContextMenu menu = new ContextMenu(
                    action(Messages.text("tags.menu.rename"), model::rename, tag),
                    action(Messages.text("tags.menu.colour"), model::recolor, tag),
                    action(Messages.text(ruleTag ? "tags.menu.rule" : "tags.menu.description"), model::editDefinition, tag),
                    action(Messages.text("tags.menu.settings"), model::editSettings, tag),
                    action(Messages.text("tags.menu.delete"), model::delete, tag));
            menu.setId("tag-menu");
            return menu;
        }

        private MenuItem action(String text, Consumer<String> command, String tag) {
            MenuItem item = new MenuItem(text);
            item.setOnAction(e -> command.accept(tag));
            return item;
        }
    }
}
