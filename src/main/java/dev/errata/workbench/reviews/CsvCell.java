package dev.errata.workbench.reviews;

/**
 * One field of a CSV file and where it starts, for messages that point at it.
 *
 * @param line 1-based line of the file
 * @param column 1-based character of that line
 */
record CsvCell(String text, int line, int column) {}
