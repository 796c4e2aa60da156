package dev.errata.data;

/** The first byte of a block that is not UTF-8, where it is: its line (block-relative until numbered) and character column. */
record Malformed(int line, int column, byte value) {}
