package dev.errata.ui.keys;

import dev.errata.keymap.KeyChord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Between the keymap's chords and JavaFX's key combinations and events. */
public final class FxKeys {

    private FxKeys() {}

    /** The combination that matches the chord's key with exactly its modifiers; Ctrl is the platform's shortcut. */
    public static KeyCombination combination(KeyChord chord) {
        List<KeyCombination.Modifier> modifiers = new ArrayList<>();
        if (chord.ctrl()) {
            modifiers.add(KeyCombination.SHORTCUT_DOWN);
        }
        if (chord.alt()) {
            modifiers.add(KeyCombination.ALT_DOWN);
        }
        if (chord.shift()) {
            modifiers.add(KeyCombination.SHIFT_DOWN);
        }
        return new KeyCodeCombination(
                KeyCode.getKeyCode(chord.key()), modifiers.toArray(KeyCombination.Modifier[]::new));
    }

    /** The chord a key press makes; none for a modifier alone or a key the keymap does not name. */
    public static Optional<KeyChord> chordOf(KeyEvent event) {
        if (event.getCode().isModifierKey() || event.isMetaDown() && !event.isShortcutDown()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KeyChord(
                    event.isShortcutDown(),
                    event.isAltDown(),
                    event.isShiftDown(),
                    event.getCode().getName()));
        } catch (IllegalArgumentException notAKeymapKey) {
            return Optional.empty();
        }
    }
}
