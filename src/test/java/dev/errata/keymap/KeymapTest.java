package dev.errata.keymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeymapTest {

    @Test
    void chordsReadAndWriteAsAUserTypesThem() {
        assertThat(KeyChord.parse("ctrl+shift+r")).isEqualTo(new KeyChord(true, false, true, "R"));
        assertThat(KeyChord.parse("Shift + Shortcut + r").toString()).isEqualTo("Ctrl+Shift+R");
        assertThat(KeyChord.parse("Ctrl+/")).isEqualTo(new KeyChord(true, false, false, "Slash"));
        assertThat(KeyChord.parse("Ctrl+Slash").toString()).isEqualTo("Ctrl+/");
        assertThat(KeyChord.parse("f1").toString()).isEqualTo("F1");
        assertThat(KeyChord.parse("Alt+page down").toString()).isEqualTo("Alt+Page Down");
    }

    @Test
    void aChordThatIsNotOneIsNamedInItsMessage() {
        assertThatThrownBy(() -> KeyChord.parse("Ctrl+Hyper+R"))
                .hasMessage("'Hyper' is not Ctrl, Alt or Shift in 'Ctrl+Hyper+R'");
        assertThatThrownBy(() -> KeyChord.parse("Ctrl+Foo")).hasMessage("'Foo' is not a key in 'Ctrl+Foo'");
        assertThatThrownBy(() -> KeyChord.parse("F25")).hasMessage("'F25' is not a key in 'F25'");
        assertThatThrownBy(() -> KeyChord.parse("Ctrl+é")).hasMessage("'é' is not a key in 'Ctrl+é'");
    }

    @Test
    void everyDefaultKeyBelongsToOneActionOnly() {
        Keymap keymap = Keymap.defaults();
        for (KeyAction action : KeyAction.values()) {
            for (KeyChord key : action.defaults()) {
                assertThat(keymap.holder(key)).as(key.toString()).contains(action);
                assertThat(key.isBareDigit()).isFalse();
            }
        }
    }

    @Test
    void aKeyHeldByAnotherActionIsRefusedNamingThatAction() {
        assertThatThrownBy(() -> Keymap.defaults().with(KeyAction.WALK_QUEUE, KeyChord.parse("Ctrl+S")))
                .isInstanceOf(KeyConflictException.class)
                .hasMessage("Ctrl+S is already the key of save")
                .extracting(e -> ((KeyConflictException) e).holder())
                .isEqualTo(KeyAction.SAVE);
        assertThatThrownBy(() -> Keymap.defaults().with(KeyAction.NEXT_ROW, KeyChord.parse("3")))
                .hasMessage("3 is kept for the tags' own shortcuts");
    }

    @Test
    void aChangedKeyReplacesTheDefaultsAndFreesThem() {
        Keymap keymap = Keymap.defaults().with(KeyAction.REDO, KeyChord.parse("Ctrl+Alt+Z"));
        assertThat(keymap.keys(KeyAction.REDO)).containsExactly(KeyChord.parse("Ctrl+Alt+Z"));
        assertThat(keymap.holder(KeyChord.parse("Ctrl+Y"))).isEmpty();
        // the freed key can now go to another action
        assertThat(keymap.with(KeyAction.WALK_QUEUE, KeyChord.parse("Ctrl+Y")).keys(KeyAction.WALK_QUEUE))
                .containsExactly(KeyChord.parse("Ctrl+Y"));
        assertThat(keymap.reset(KeyAction.REDO).isDefault()).isTrue();
    }

    @Test
    void theSavedTextHoldsTheChangesOnlyAndReadsBackTheSameKeys() {
        Keymap keymap = Keymap.defaults()
                .with(KeyAction.SAVE, KeyChord.parse("Ctrl+Shift+Q"))
                // Ctrl+S moves from save, earlier in the list, to next-row, later: read back in any order
                .with(KeyAction.NEXT_ROW, KeyChord.parse("Ctrl+S"));
        assertThat(keymap.save()).isEqualTo("save=Ctrl+Shift+Q\nnext-row=Ctrl+S\n");
        Keymap read = Keymap.load(keymap.save());
        for (KeyAction action : KeyAction.values()) {
            assertThat(read.keys(action)).as(action.id()).isEqualTo(keymap.keys(action));
        }
        assertThat(Keymap.load("").isDefault()).isTrue();
    }

    @Test
    void readingSkipsActionsItDoesNotKnowAndChangesThatWouldClash() {
        Keymap read = Keymap.load("a-later-action=Ctrl+K\nwalk-queue=Ctrl+O\nedit-note=Ctrl+M\n");
        assertThat(read.keys(KeyAction.WALK_QUEUE)).isEqualTo(KeyAction.WALK_QUEUE.defaults());
        assertThat(read.keys(KeyAction.OPEN)).containsExactly(KeyChord.parse("Ctrl+O"));
        assertThat(read.keys(KeyAction.EDIT_NOTE)).containsExactly(KeyChord.parse("Ctrl+M"));
        assertThat(Keymap.load("undo=\n").keys(KeyAction.UNDO)).isEqualTo(List.of());
    }

    @Test
    void aBrokenLineIsNamedByLineAndColumn() {
        assertThatThrownBy(() -> Keymap.load("save=Ctrl+S\nundo Ctrl+Z\n"))
                .hasMessage("keymap line 2, column 1: expected action=key, got 'undo Ctrl+Z'");
        assertThatThrownBy(() -> Keymap.load("undo=Ctrl+Q+Z"))
                .hasMessage("keymap line 1, column 6: 'Q' is not Ctrl, Alt or Shift in 'Ctrl+Q+Z'");
    }
}
