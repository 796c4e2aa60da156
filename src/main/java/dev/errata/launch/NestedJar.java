package dev.errata.launch;

/** One jar carried inside the application's jar, with the size and CRC-32 its copy on disk must have. */
record NestedJar(String name, long size, long crc) {}
