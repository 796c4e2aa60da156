package dev.errata.ui.dialogs;

/**
 * A kind of file a save dialog offers.
 *
 * @param extension without the dot, e.g. {@code csv}
 */
public record FileType(String description, String extension) {}
