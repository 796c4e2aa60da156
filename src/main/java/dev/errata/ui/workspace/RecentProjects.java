package dev.errata.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The projects opened last, most recent first, kept in the user's preferences. */
public final class RecentProjects {

    static final int MAX = 8;
    private static final String KEY = "recent-projects";

    private final Preferences preferences;

    public RecentProjects(Preferences preferences) {
        this.preferences = preferences;
    }

    public List<Path> list() {
        String stored = preferences.get(KEY, "");
        List<Path> paths = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (!line.isBlank()) {
                paths.add(Path.of(line));
            }
        }
        return paths;
    }

    /** Puts a project first, dropping the oldest beyond {@link #MAX}. */
    public List<Path> add(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        List<Path> kept = paths.subList(0, Math.min(MAX, paths.size()));
        preferences.put(KEY, String.join("\n", kept.stream().map(Path::toString).toList()));
        return List.copyOf(kept);
    }
}
