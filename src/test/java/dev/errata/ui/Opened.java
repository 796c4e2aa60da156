package dev.errata.ui;

import dev.errata.ui.background.SameThreadBackground;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A window ViewModel on the calling thread, with fake dialogs, a fixed clock and throw-away preferences. */
public final class Opened implements AutoCloseable {

    /** 10:42 UTC, so "saved 10:42" reads the same everywhere. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:42:00Z"), ZoneOffset.UTC);

    public final FakeDialogs dialogs = new FakeDialogs();
    public final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    public final RecentProjects recent = new RecentProjects(preferences);
    public final AnalystName analyst = new AnalystName(preferences);
    public final WindowViewModel window =
            new WindowViewModel(new SameThreadBackground(), dialogs, recent, analyst, CLOCK);

    public static Opened on(Path file) {
        Opened opened = new Opened();
        opened.window.open(file);
        return opened;
    }

    public Workspace workspace() {
        return window.workspace();
    }

    @Override
    public void close() throws BackingStoreException {
        window.requestClose(() -> {});
        preferences.removeNode();
    }
}
