package dev.errata.ui.review;

import java.nio.file.Path;

/**
 * A media file named by a cell of the current row.
 *
 * @param cell the path as the file holds it
 * @param path the cell resolved against the data file's folder; null when it is no path at all
 * @param exists whether {@code path} is a file that can be read
 */
public record MediaPreview(String column, MediaKind kind, String cell, Path path, boolean exists) {}
