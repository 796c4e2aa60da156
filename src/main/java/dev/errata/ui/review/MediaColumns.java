package dev.errata.ui.review;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text columns that hold paths to images or audio, and those paths resolved for one row. A column is
 * media when every filled cell of its first rows names a file of one kind: judging by a sample keeps
 * opening a million-row project instant, and one odd cell in it is enough to say the column is not paths.
 */
final class MediaColumns {

    /** How many of the first rows decide a column's kind. */
    static final int SAMPLED_ROWS = 20;

    private record MediaColumn(CategoricalColumn column, MediaKind kind) {}

    private final Path folder;
    private final List<MediaColumn> columns = new ArrayList<>();

    /** @param folder the data file's folder, against which relative paths resolve */
    MediaColumns(Dataset dataset, Path folder) {
        this.folder = folder;
        for (Column column : dataset.columns()) {
            if (column instanceof CategoricalColumn text) {
                kindOf(text).ifPresent(kind -> columns.add(new MediaColumn(text, kind)));
            }
        }
    }

    private static Optional<MediaKind> kindOf(CategoricalColumn column) {
        MediaKind found = null;
        for (int row = 0; row < Math.min(SAMPLED_ROWS, column.size()); row++) {
            if (column.isMissing(row)) {
                continue;
            }
            Optional<MediaKind> kind = MediaKind.of(column.text(row));
            if (kind.isEmpty() || (found != null && found != kind.get())) {
                return Optional.empty();
            }
            found = kind.get();
        }
        return Optional.ofNullable(found);
    }

    /** Whether a column holds image paths: what a gallery shows. */
    boolean hasImages() {
        return columns.stream().anyMatch(c -> c.kind() == MediaKind.IMAGE);
    }

    /** The file of the row's first image that lies in the data's folder and exists. */
    Optional<Path> firstImage(int row) {
        return of(row).stream()
                .filter(p -> p.kind() == MediaKind.IMAGE && p.exists())
                .map(MediaPreview::path)
                .findFirst();
    }

    /** The media of a row, one per media column with a filled cell. */
    List<MediaPreview> of(int row) {
        List<MediaPreview> previews = new ArrayList<>();
        for (MediaColumn media : columns) {
            if (!media.column().isMissing(row)) {
                String cell = media.column().text(row);
                Optional<Path> path = resolve(cell);
                previews.add(new MediaPreview(
                        media.column().name(),
                        media.kind(),
                        cell,
                        path.orElse(null),
                        path.map(Files::isRegularFile).orElse(false)));
            }
        }
        return previews;
    }

    /** The cell's file, refused (empty) when it lies outside the data's folder: a file may not point elsewhere. */
    private Optional<Path> resolve(String cell) {
        try {
            Path inside = folder.toAbsolutePath().normalize();
            Path file = inside.resolve(cell.strip()).normalize();
            return file.startsWith(inside) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
