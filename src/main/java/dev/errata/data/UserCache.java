package dev.errata.data;

import java.nio.file.Path;
import java.util.Locale;

/** Where Errata keeps what it can always make again: the user's cache folder of each system. */
public final class UserCache {

    private UserCache() {}

    /** XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows. */
    public static Path root() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local"))
                    .resolve("Errata/cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Errata");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("errata");
    }
}
