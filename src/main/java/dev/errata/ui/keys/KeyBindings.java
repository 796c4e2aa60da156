package dev.errata.ui.keys;

import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyChord;
import dev.errata.keymap.Keymap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keymap, kept in the user's preferences and applied at once: a change re-binds every menu item
 * and every key the window installed from it. The window installs keys only through here. With it, kept the
 * same way, whether the review keys that walk to a row also play its audio clip.
 */
public final class KeyBindings {

    private static final String KEY = "keymap";
    private static final String PLAY_ON_ARRIVAL = "play-clip-on-arrival";

    private final Preferences preferences;
    private final ReadOnlyObjectWrapper<Keymap> keymap;
    private final BooleanProperty playOnArrival;
    private final Map<KeyAction, MenuItem> items = new EnumMap<>(KeyAction.class);
    private final List<KeyCombination> secondKeys = new ArrayList<>();
    private Scene scene;

    public KeyBindings(Preferences preferences) {
        this.preferences = preferences;
        keymap = new ReadOnlyObjectWrapper<>(stored(preferences));
        keymap.addListener((obs, old, now) -> {
            preferences.put(KEY, now.save());
            installSecondKeys();
        });
        playOnArrival = new SimpleBooleanProperty(preferences.getBoolean(PLAY_ON_ARRIVAL, false));
        playOnArrival.addListener((obs, was, on) -> preferences.putBoolean(PLAY_ON_ARRIVAL, on));
    }

    /** Whether arriving at a row in review mode plays its audio clip (Review → Play clips on arrival). */
    public BooleanProperty playOnArrivalProperty() {
        return playOnArrival;
    }

    private static Keymap stored(Preferences preferences) {
        try {
            return Keymap.load(preferences.get(KEY, ""));
        } catch (IllegalArgumentException broken) {
            // the preferences are ours, so only an edit by hand breaks them; the window still starts
            System.err.println("errata: the keyboard shortcuts are back to their defaults: " + broken.getMessage());
            return Keymap.defaults();
        }
    }

    public ReadOnlyObjectProperty<Keymap> keymapProperty() {
        return keymap.getReadOnlyProperty();
    }

    public Keymap keymap() {
        return keymap.get();
    }

    /**
     * Gives {@code action} the one key {@code key}.
     *
     * @throws dev.errata.keymap.KeyConflictException when another action holds it; nothing changes then
     */
    public void set(KeyAction action, KeyChord key) {
        keymap.set(keymap.get().with(action, key));
    }

    public void resetToDefaults() {
        keymap.set(Keymap.defaults());
    }

    /** The menu item shows and answers the action's first key; its other keys act through the scene. */
    public MenuItem bind(MenuItem item, KeyAction action) {
        item.acceleratorProperty().bind(Bindings.createObjectBinding(() -> firstKey(action), keymap));
        items.put(action, item);
        installSecondKeys();
        return item;
    }

    private KeyCombination firstKey(KeyAction action) {
        List<KeyChord> keys = keymap.get().keys(action);
        return keys.isEmpty() ? null : FxKeys.combination(keys.get(0));
    }

    /** The scene whose accelerators carry the menu actions' second keys (Ctrl+Y for redo, F1 for help). */
    public void installIn(Scene scene) {
        this.scene = scene;
        installSecondKeys();
    }

    private void installSecondKeys() {
        if (scene == null) {
            return;
        }
        // the menu bar keeps its items' accelerators in the same map: only the second keys are ours to replace
        secondKeys.forEach(scene.getAccelerators()::remove);
        secondKeys.clear();
        items.forEach((action, item) -> keymap.get().keys(action).stream()
                .skip(1)
                .map(FxKeys::combination)
                .forEach(key -> {
                    secondKeys.add(key);
                    scene.getAccelerators().put(key, () -> {
                        if (!item.isDisable()) {
                            item.fire();
                        }
                    });
                }));
    }

    /** The action among {@code actions} whose key this press is. */
    public Optional<KeyAction> actionOf(KeyEvent event, List<KeyAction> actions) {
        return FxKeys.chordOf(event)
                .flatMap(chord -> keymap.get().holder(chord))
                .filter(actions::contains);
    }

    /** "J", "Ctrl+/ or F1", or "" when the action has no key. */
    public String keysText(KeyAction action) {
        return String.join(
                " or ",
                keymap.get().keys(action).stream().map(KeyChord::toString).toList());
    }
}
