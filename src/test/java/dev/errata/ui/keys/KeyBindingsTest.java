package dev.errata.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyChord;
import dev.errata.keymap.KeyConflictException;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The keymap in the user's preferences: what one start changes, the next start has. */
class KeyBindingsTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void aChangedKeySurvivesARestart() {
        new KeyBindings(preferences).set(KeyAction.WALK_QUEUE, KeyChord.parse("Ctrl+Shift+W"));

        KeyBindings restarted = new KeyBindings(preferences);
        assertThat(restarted.keymap().keys(KeyAction.WALK_QUEUE)).containsExactly(KeyChord.parse("Ctrl+Shift+W"));
        assertThat(restarted.keymap().holder(KeyChord.parse("Ctrl+R"))).isEmpty();
        assertThat(restarted.keysText(KeyAction.SHORTCUTS)).isEqualTo("Ctrl+/ or F1");

        restarted.resetToDefaults();
        assertThat(new KeyBindings(preferences).keymap().isDefault()).isTrue();
    }

    @Test
    void aRefusedKeyChangesNothingStored() {
        KeyBindings bindings = new KeyBindings(preferences);
        assertThatThrownBy(() -> bindings.set(KeyAction.WALK_QUEUE, KeyChord.parse("Ctrl+O")))
                .isInstanceOf(KeyConflictException.class);
        assertThat(new KeyBindings(preferences).keymap().isDefault()).isTrue();
    }

    @Test
    void preferencesBrokenByHandStartWithTheDefaults() {
        preferences.put("keymap", "walk-queue Ctrl+T");
        assertThat(new KeyBindings(preferences).keymap().isDefault()).isTrue();
    }

    @Test
    void playingClipsOnArrivalSurvivesARestart() {
        assertThat(new KeyBindings(preferences).playOnArrivalProperty().get()).isFalse();

        new KeyBindings(preferences).playOnArrivalProperty().set(true);

        assertThat(new KeyBindings(preferences).playOnArrivalProperty().get()).isTrue();
    }
}
