package dev.errata.ui.session;

import static dev.errata.tags.TagSessionListener.Change.APPLIED;
import static dev.errata.tags.TagSessionListener.Change.REDONE;
import static dev.errata.tags.TagSessionListener.Change.UNDONE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditHistoryTest {

    @Test
    void isChangedUntilUndoReturnsToTheSavedState() {
        EditHistory history = new EditHistory(0);
        history.edited(APPLIED);
        history.edited(APPLIED);
        assertThat(history.isChanged()).isTrue();
        history.edited(UNDONE);
        history.edited(UNDONE);
        assertThat(history.isChanged()).isFalse();
        history.edited(REDONE);
        history.saved();
        assertThat(history.isChanged()).isFalse();
    }

    @Test
    void staysChangedWhenANewEditThrowsAwayTheSavedState() {
        EditHistory history = new EditHistory(0);
        history.edited(APPLIED);
        history.saved();
        history.edited(UNDONE);
        history.edited(APPLIED);
        history.edited(UNDONE);
        assertThat(history.isChanged()).isTrue();
    }

    @Test
    void startsChangedWithEditsRecoveredFromTheJournalUntilTheyAreUndone() {
        EditHistory history = new EditHistory(2);
        assertThat(history.isChanged()).isTrue();
        history.edited(UNDONE);
        assertThat(history.isChanged()).isTrue();
        history.edited(UNDONE);
        assertThat(history.isChanged()).isFalse();
    }

    @Test
    void editsMadeWhileASaveIsWrittenKeepTheProjectChanged() {
        EditHistory history = new EditHistory(0);
        history.edited(APPLIED);
        history.saving();
        history.edited(APPLIED);
        history.changedOutsideHistory();
        history.saved();
        assertThat(history.isChanged()).isTrue();
        history.edited(UNDONE);
        assertThat(history.isChanged())
                .as("the checks changed after the snapshot")
                .isTrue();
        history.saving();
        history.saved();
        assertThat(history.isChanged()).isFalse();
    }

    @Test
    void aSaveWhoseStateAnEditThrewAwayMeanwhileLeavesTheProjectChanged() {
        EditHistory history = new EditHistory(0);
        history.edited(APPLIED);
        history.saving();
        history.edited(UNDONE);
        history.edited(APPLIED);
        history.saved();
        assertThat(history.isChanged()).isTrue();
        history.edited(UNDONE);
        assertThat(history.isChanged()).isTrue();
    }
}
