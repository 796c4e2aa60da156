/**
 * Proposals the analyst confirms or ignores: weak slices found by a SliceLine search over the feature
 * columns ({@code SliceSearch}, {@code Suggestion}), label-error suspects and rows like a given one. Each
 * proposal is plain data over the rows; nothing here changes a tag, the window or the command line turn
 * a confirmed proposal into one.
 */
package dev.errata.discovery;
