package dev.errata.keymap;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of every {@link KeyAction}: the defaults with the user's changes over them. Immutable; a change
 * gives a new keymap. Saved as the changed actions only, one {@code id=Ctrl+Shift+R} a line (an empty key
 * for an action the user left without one), so a new default reaches every user who did not change it.
 */
public final class Keymap {

    private static final Keymap DEFAULTS = new Keymap(new EnumMap<>(KeyAction.class));

    private final Map<KeyAction, List<KeyChord>> changed;

    private Keymap(Map<KeyAction, List<KeyChord>> changed) {
        this.changed = Collections.unmodifiableMap(changed);
    }

    public static Keymap defaults() {
        return DEFAULTS;
    }

    /** The keys of an action, the first the one its menu shows; empty when it has none. */
    public List<KeyChord> keys(KeyAction action) {
        return changed.getOrDefault(action, action.defaults());
    }

    /** The action a key belongs to, if any. */
    public Optional<KeyAction> holder(KeyChord key) {
        for (KeyAction action : KeyAction.values()) {
            if (keys(action).contains(key)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /**
     * This keymap with {@code key} as the one key of {@code action}.
     *
     * @throws KeyConflictException when another action holds the key, or it is a digit the tags keep
     */
    public Keymap with(KeyAction action, KeyChord key) {
        if (key.isBareDigit()) {
            throw new KeyConflictException(key, null);
        }
        Optional<KeyAction> holder = holder(key);
        if (holder.isPresent() && holder.get() != action) {
            throw new KeyConflictException(key, holder.get());
        }
        return changing(action, List.of(key));
    }

    /** This keymap with the action's default keys back, unless another action has taken one meanwhile. */
    public Keymap reset(KeyAction action) {
        for (KeyChord key : action.defaults()) {
            holder(key).filter(holder -> holder != action).ifPresent(holder -> {
                throw new KeyConflictException(key, holder);
            });
        }
        return changing(action, action.defaults());
    }

    private Keymap changing(KeyAction action, List<KeyChord> keys) {
        Map<KeyAction, List<KeyChord>> now = new EnumMap<>(KeyAction.class);
        now.putAll(changed);
        if (keys.equals(action.defaults())) {
            now.remove(action);
        } else {
            now.put(action, keys);
        }
        return new Keymap(now);
    }

    public boolean isDefault() {
        return changed.isEmpty();
    }

    /** The changed actions, one {@code id=key} a line, for the preferences. */
    public String save() {
        StringBuilder text = new StringBuilder();
        changed.forEach((action, keys) -> text.append(action.id())
                .append('=')
                .append(keys.isEmpty() ? "" : keys.get(0).toString())
                .append('\n'));
        return text.toString();
    }

    /**
     * Reads what {@link #save} wrote. A line naming an action this version does not have (a newer version's)
     * is skipped; changes that would give one key to two actions are dropped, so the keymap never holds a
     * conflict.
     *
     * @throws IllegalArgumentException naming the line and column of a line that is not {@code id=key}
     */
    public static Keymap load(String text) {
        Map<KeyAction, List<KeyChord>> changed = new EnumMap<>(KeyAction.class);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException(
                        "keymap line " + (i + 1) + ", column 1: expected action=key, got '" + line + "'");
            }
            String key = line.substring(equals + 1).strip();
            try {
                List<KeyChord> keys = key.isEmpty() ? List.of() : List.of(KeyChord.parse(key));
                KeyAction.byId(line.substring(0, equals).strip()).ifPresent(action -> changed.put(action, keys));
            } catch (IllegalArgumentException badKey) {
                throw new IllegalArgumentException(
                        "keymap line " + (i + 1) + ", column " + (equals + 2) + ": " + badKey.getMessage(), badKey);
            }
        }
        // dropping one change can bring back a default that another change took, hence until none is left
        boolean dropped = true;
        while (dropped) {
            Keymap keymap = new Keymap(new EnumMap<>(changed));
            dropped = changed.keySet()
                    .removeIf(action ->
                            keymap.keys(action).stream().anyMatch(key -> key.isBareDigit() || keymap.heldTwice(key)));
        }
        return new Keymap(changed);
    }

    private boolean heldTwice(KeyChord key) {
        return Arrays.stream(KeyAction.values())
                        .filter(action -> keys(action).contains(key))
                        .count()
                > 1;
    }
}
