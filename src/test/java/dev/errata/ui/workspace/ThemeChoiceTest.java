package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeChoiceTest {

    final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void startsLightAndRemembersTheDarkThemeForTheNextStart() {
        ThemeChoice first = new ThemeChoice(preferences);
        assertThat(first.darkProperty().get()).isFalse();
        first.darkProperty().set(true);
        assertThat(new ThemeChoice(preferences).darkProperty().get()).isTrue();
    }
}
