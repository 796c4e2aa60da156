package dev.errata.ui.keys;

import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyConflictException;
import dev.errata.keymap.KeyGroup;
import dev.errata.ui.messages.Messages;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * Help → Keyboard shortcuts: every action with its keys, by group. Clicking an action's keys and pressing new
 * ones gives them to it; a key another action holds is refused with that action's name.
 */
public final class ShortcutsView extends BorderPane {

    private final KeyBindings bindings;
    private final Label message = new Label();
    private final GridPane list = new GridPane();
    private final ScrollPane scroll = new ScrollPane(list);

    public ShortcutsView(KeyBindings bindings) {
        this.bindings = bindings;
        setId("shortcuts");
        getStyleClass().add("shortcuts");
        list.getStyleClass().add("shortcut-list");
        fill();
        scroll.setFitToWidth(true);
        setCenter(scroll);
        message.setId("shortcut-message");
        message.setWrapText(true);
        Button reset = new Button(Messages.text("keys.reset"));
        reset.setId("reset-keys");
        reset.setOnAction(e -> {
            bindings.resetToDefaults();
            message.setText(Messages.text("keys.wereReset"));
        });
        HBox bar = new HBox(reset, message);
        bar.getStyleClass().add("shortcut-bar");
        setBottom(bar);
        bindings.keymapProperty().addListener((obs, old, now) -> fill());
    }

    private void fill() {
        list.getChildren().clear();
        int row = 0;
        for (KeyGroup group : KeyGroup.values()) {
            Label title = new Label(Messages.text("keys.group." + group.name().toLowerCase(Locale.ROOT)));
            title.getStyleClass().add("shortcut-group");
            list.add(title, 0, row++, 2, 1);
            for (KeyAction action : KeyAction.values()) {
                if (action.group() == group) {
                    list.addRow(row++, new Label(description(action)), keyButton(action));
                }
            }
            if (group == KeyGroup.TABLE) {
                list.addRow(row++, new Label(Messages.text("keys.tagDigits")), new Label("1–9"));
            }
        }
    }

    private void scrollTo(Button button) {
        double hidden = list.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            double y = button.getBoundsInParent().getMinY();
            double top = scroll.getVvalue() * hidden;
            double bottom = top + scroll.getViewportBounds().getHeight() - button.getHeight();
            if (y < top || y > bottom) {
                scroll.setVvalue(Math.min(
                        1, Math.max(0, y - scroll.getViewportBounds().getHeight() / 2) / hidden));
            }
        }
    }

    /** What the action does, as the list and a refusal name it. */
    public static String description(KeyAction action) {
        return Messages.text("keys." + action.id());
    }

    private Button keyButton(KeyAction action) {
        String keys = bindings.keysText(action);
        Button button = new Button(keys.isEmpty() ? Messages.text("keys.none") : keys);
        button.setId("key-" + action.id());
        button.getStyleClass().add("shortcut-key");
        // Tab walks the whole list, so the key in focus scrolls into view
        button.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                scrollTo(button);
            }
        });
        button.setOnAction(e -> {
            button.setText(Messages.text("keys.press"));
            message.setText(Messages.text("keys.pressFor", description(action)));
        });
        button.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!button.getText().equals(Messages.text("keys.press"))) {
                return;
            }
            event.consume();
            if (event.getCode() == KeyCode.ESCAPE) {
                fill();
                message.setText("");
                return;
            }
            FxKeys.chordOf(event).ifPresent(key -> {
                try {
                    bindings.set(action, key);
                    message.setText(Messages.text("keys.changed", description(action), key));
                } catch (KeyConflictException refused) {
                    fill();
                    message.setText(
                            refused.holder() == null
                                    ? Messages.text("keys.keptForTags", key)
                                    : Messages.text("keys.conflict", key, description(refused.holder())));
                }
            });
        });
        return button;
    }
}
