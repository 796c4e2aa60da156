package dev.errata.ui.review;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a media path in a cell points at, told by the file's extension. */
public enum MediaKind {
    IMAGE(Set.of("png", "jpg", "jpeg", "gif", "bmp")),
    AUDIO(Set.of("wav", "mp3", "m4a", "aiff"));

    private final Set<String> extensions;

    MediaKind(Set<String> extensions) {
        this.extensions = extensions;
    }

    /** The kind of file a cell names, if its extension is one of ours. */
    public static Optional<MediaKind> of(String cell) {
        int dot = cell.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = cell.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        for (MediaKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
